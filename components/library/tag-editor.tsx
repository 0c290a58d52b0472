import { useState } from 'preact/hooks';
import { t } from '../i18n';

export interface TagEditorProps {
  title: string;
  tags: string[];
  onSave: (tags: string[]) => void;
  onCancel: () => void;
}

/** Tags of one article as one comma-separated line (，、 and spaces also split). */
export function TagEditor({ title, tags, onSave, onCancel }: TagEditorProps) {
  const [text, setText] = useState(tags.join('，'));
  const save = () => onSave(text.split(/[,，、;；\s]+/).filter(Boolean));
  return (
    <form
      class="lib-tag-editor"
      data-testid="tag-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label>
        <span>{t('libraryTagsPrompt', title)}</span>
        <input type="text" data-testid="tag-input" autoFocus value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="primary" data-testid="tag-save">
        {t('libraryTagsSave')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('libraryCancel')}
      </button>
    </form>
  );
}
