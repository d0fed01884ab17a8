/** The help overlay: the key table, generated from `keymap.ts`. */
import { Fragment } from 'react'
import { bindingLabels, keymap } from './keymap.ts'
import { ModalDialog } from './ModalDialog.tsx'
import { selectIsHelpOpen } from './store/index.ts'
import { useMessages, usePresenter, usePresenterActions } from './store-context.tsx'

/** The keyboard shortcuts dialog. */
export function HelpDialog() {
  const t = useMessages()
  const open = usePresenter(selectIsHelpOpen)
  const setOverlay = usePresenterActions().setOverlay
  return (
    <ModalDialog
      open={open}
      onClose={() => setOverlay(null)}
      label={t.keyboardShortcuts}
      className="lectern-dialog lectern-help"
    >
      <header className="lectern-dialog-header">
        <h2>{t.keyboardShortcuts}</h2>
        <button type="button" onClick={() => setOverlay(null)}>
          {t.close}
        </button>
      </header>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.keys}</th>
            <th scope="col">{t.action}</th>
          </tr>
        </thead>
        <tbody>
          {keymap.map((binding) => (
            <tr key={`${binding.action}-${String(binding.shift)}-${binding.keys.join()}`}>
              <th scope="row">
                {bindingLabels(binding, t.keyNames).map((label, i) => (
                  <Fragment key={label}>
                    {i > 0 && ' '}
                    <kbd>{label}</kbd>
                  </Fragment>
                ))}
              </th>
              <td>{t.keyHelp[binding.description]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  )
}
