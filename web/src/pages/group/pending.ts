// What the group's outbox still holds, in the group's words (see pendingview.ts).
import { refusalText, type Ctx } from './context';
import { pendingView } from './pendingview';

export const { pendingFor, pendingState, pendingSignature, pendingPanel } = pendingView<Ctx>(
  { waiting: 'group.pending.waiting', refused: 'group.pending.refused', dismiss: 'group.pending.dismiss', summary: 'group.pending.summary', refusedSummary: 'group.pending.refusedSummary' },
  (code, message) => refusalText(code, message),
);
