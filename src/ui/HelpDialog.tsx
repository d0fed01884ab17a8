/** The help overlay: the key table's rows for this window, generated from it. */
import { Fragment } from 'react'
import { bindingLabels, keymapFor, selectIsHelpOpen, useActions, useAppState } from '../state/index.ts'
import { useMessages } from './i18n/index.ts'
import { keyHelp } from './i18n/key-help.ts'
import { ModalDialog } from './ModalDialog.tsx'

/** The keyboard shortcuts dialog. */
export function HelpDialog() {
  const t = useMessages()
  const open = useAppState(selectIsHelpOpen)
  const role = useAppState((state) => state.role)
  const help = keyHelp[useAppState((state) => state.language)]
  const setOverlay = useActions().setOverlay
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
          {keymapFor(role).map((binding) => (
            <tr key={`${binding.action}-${String(binding.shift)}-${String(binding.ctrl)}-${binding.keys.join()}`}>
              <th scope="row">
                {bindingLabels(binding, help.keyNames).map((label, i) => (
                  <Fragment key={label}>
                    {i > 0 && ' '}
                    <kbd>{label}</kbd>
                  </Fragment>
                ))}
              </th>
              <td>{help.descriptions[binding.description]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  )
}
