// A project's stage in words, whether it comes as a group's card stage (exploration … stopped) or as the
// portfolio's stage (piste … arrete): the démarche's lists show both.
import { t } from '../../lib/i18n';

export function stageLabel(stage: string): string {
  const key = `stage.${stage}`;
  const text = t(key);
  return text === key ? stage : text;
}
