import { LANGUAGES, language, setLanguage, t, type Language } from './i18n.ts'
import './language.css'

/** The language switch: remembered in this browser. Each language is named in itself. */
export function LanguagePicker({ class: className = '' }: { class?: string }) {
  return (
    <label class={`language-picker ${className}`}>
      <span class="visually-hidden">{t('language.label')}</span>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="M3 12h18M12 3c3 3.2 3 14.8 0 18M12 3c-3 3.2-3 14.8 0 18" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <select value={language.value} onChange={(e) => void setLanguage(e.currentTarget.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  )
}
