import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANEL_WIDTH_MAX_PX, PANEL_WIDTH_MIN_PX, panelWidthOf } from '../../lib/content/panel-state';
import { useT } from '../i18n/i18n-context';
import { panelMessages } from './panel-messages';

const STEP_PX = 20;

/**
 * The panel's left edge: drag it, or focus it and use the arrow keys, to make the panel wider or
 * narrower. The width is stored; the content script resizes the frame from it.
 */
export function ResizeHandle({ width, onResize }: { width: number; onResize: (width: number) => void }) {
  const t = useT(panelMessages);
  const drag = useRef<{ x: number; width: number; frame: number } | null>(null);
  // Screen coordinates: the frame moves under the pointer while it resizes.
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.screenX, width, frame: 0 };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const next = panelWidthOf(d.width + (d.x - event.screenX));
    cancelAnimationFrame(d.frame);
    d.frame = requestAnimationFrame(() => onResize(next));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const change = event.key === 'ArrowLeft' ? STEP_PX : event.key === 'ArrowRight' ? -STEP_PX : 0;
    if (!change) return;
    event.preventDefault();
    onResize(panelWidthOf(width + change));
  };
  return (
    <div
      className="sl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('resize')}
      aria-valuenow={width}
      aria-valuemin={PANEL_WIDTH_MIN_PX}
      aria-valuemax={PANEL_WIDTH_MAX_PX}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      data-testid="resize-handle"
    />
  );
}
