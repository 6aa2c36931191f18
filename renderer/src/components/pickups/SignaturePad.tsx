import { useEffect, useRef, useState, type PointerEvent } from 'react';

const WIDTH = 360;
const HEIGHT = 120;

/**
 * A box to sign in with a finger, pen or mouse (pointer events). Reports the drawing as PNG base64
 * once something is drawn, and null when cleared.
 */
export function SignaturePad({ label, onChange }: { readonly label: string; readonly onChange: (png: string | null) => void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [inked, setInked] = useState(false);

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (context === null || context === undefined) return;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#0b1b4d';
  }, []);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: ((event.clientX - rect.left) * WIDTH) / rect.width, y: ((event.clientY - rect.top) * HEIGHT) / rect.height };
  };
  const onDown = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d');
    if (context === null) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    context.beginPath();
    context.moveTo(x, y);
  };
  const onMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d');
    if (!drawing.current || context === null) return;
    const { x, y } = point(event);
    context.lineTo(x, y);
    context.stroke();
  };
  const onUp = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    setInked(true);
    onChange(event.currentTarget.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''));
  };
  const clear = () => {
    const canvas = canvasRef.current;
    canvas?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    setInked(false);
    onChange(null);
  };

  return (
    <div className="signature-pad">
      <canvas
        ref={canvasRef}
        width={WIDTH}
        height={HEIGHT}
        className="signature-pad__canvas"
        role="img"
        aria-label={label}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
      />
      <button type="button" className="button button--small button--quiet" onClick={clear} disabled={!inked}>
        Clear
      </button>
    </div>
  );
}
