import { useState, type ComponentProps } from 'react'

/**
 * A choice kept in the URL (a filter, a version): it shows what was just picked at once, while the
 * URL catches up (a navigation can take a while, and React would put the old value back until it
 * is done), and the URL's value again as soon as that changes, whoever changed it.
 */
export function UrlSelect({
  value,
  onChange,
  ...props
}: Omit<ComponentProps<'select'>, 'value' | 'onChange' | 'className'> & {
  /** the value the URL holds */
  value: string
  /** writes the choice to the URL */
  onChange: (value: string) => void
}) {
  const [picked, setPicked] = useState<{ value: string; over: string }>()
  return (
    <select
      {...props}
      className="input select"
      value={picked && picked.over === value ? picked.value : value}
      onChange={(event) => {
        setPicked({ value: event.target.value, over: value })
        onChange(event.target.value)
      }}
    />
  )
}
