// What the consultation's outbox still holds, in words (see ../group/pendingview.ts).
import { pendingView, pendingWords } from '../group/pendingview';
import { refusalText, type Ctx } from './context';

export const { pendingFor, pendingState, pendingSignature, pendingPanel } = pendingView<Ctx>(pendingWords('consultation'), (code, message) => refusalText(code, message));
