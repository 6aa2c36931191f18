import { useFeedbackStore } from '../../stores/feedback-store';

/** The big coloured feedback line every scan and action ends in; an aria-live region so screen readers (and tests) hear it. */
export function Banner() {
  const banner = useFeedbackStore((s) => s.banner);
  const tone = banner?.tone ?? 'idle';
  return (
    <div className={`banner banner--${tone}`} role="status" aria-live="polite" aria-atomic="true" data-tone={tone}>
      {banner === null ? (
        <p className="banner__title banner__title--idle">Ready</p>
      ) : (
        <div key={banner.id} className="banner__body">
          <p className="banner__title">{banner.title}</p>
          {banner.detail !== null && <p className="banner__detail">{banner.detail}</p>}
        </div>
      )}
    </div>
  );
}
