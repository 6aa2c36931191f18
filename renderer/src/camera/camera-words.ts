/** Why the camera could not start, in words a technician can act on. */
export function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Camera use is blocked. Allow the camera for Dockside (system settings, privacy, camera), then press Camera again.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No camera was found. Plug one in, or use the scanner or the keyboard.';
    case 'NotReadableError':
    case 'AbortError':
      return 'The camera is busy or not working: close other apps that use it (video calls), then press Camera again.';
    default:
      return 'The camera could not start. Use the scanner or the keyboard, and tell your supervisor if this keeps happening.';
  }
}

export const NO_CAMERA_SUPPORT = 'This station cannot use a camera here. Use the scanner or the keyboard.';
