// The evening's record, downloadable at any time (during the evening and after): the animator's whole soirée, or a
// co-animator's table. Files are fetched with the token in a header and saved through a Blob, so the token never
// appears in an address or a server log.
import { api } from '../../lib/api';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { confirmButton } from '../../lib/confirm';
import { saveBlob } from '../../lib/download';
import { act, describeFailure, isCoAnimator, say, type Ctx } from './context';

const formats = ['json', 'csv', 'csv-semicolon', 'xlsx', 'report-html', 'report-md', 'report-pdf', 'sheets-html', 'sheets-md'] as const;

async function save(ctx: Ctx, format: string): Promise<void> {
  try {
    const { blob, fileName } = await api.exportFile(ctx.sessionId, ctx.token, format);
    saveBlob(blob, fileName);
  } catch (error) {
    say(ctx, describeFailure(error));
  }
}

async function remove(ctx: Ctx): Promise<void> {
  try {
    await api.deleteSession(ctx.sessionId, ctx.token);
  } catch (error) {
    say(ctx, describeFailure(error));
  }
}

export function exportsSignature(ctx: Ctx): string {
  return JSON.stringify([language(), isCoAnimator(ctx), ctx.live.snapshot?.state, Array.from(ctx.ui.confirming)]);
}

export function exportsPanel(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  return [
    h('h2', { id: 'exports-heading' }, t('console.exports.heading')),
    h('p', { class: 'muted' }, t(isCoAnimator(ctx) ? 'console.exports.introTable' : 'console.exports.intro')),
    h(
      'ul',
      { class: 'export-list' },
      ...formats.map((format) =>
        h(
          'li',
          null,
          h('button', { type: 'button', class: 'secondary', 'data-testid': `export-${format}`, 'data-key': `export-${format}`, onclick: () => void save(ctx, format) }, t(`console.exports.${format}`)),
        ),
      ),
    ),
    isCoAnimator(ctx)
      ? null
      : h('div', { class: 'end-of-session' },
        s?.state === 'open'
          ? confirmButton(ctx, { key: 'close-session', testid: 'close-session', label: t('console.session.close'), question: t('console.session.closeConfirm'), danger: true, onConfirm: () => void act(ctx, 'CloseSession') })
          : null,
        confirmButton(ctx, { key: 'delete-session', testid: 'delete-session', label: t('console.exports.delete'), question: t('console.exports.deleteConfirm'), danger: true, onConfirm: () => void remove(ctx) })),
  ];
}
