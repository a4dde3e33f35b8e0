import { describe, expect, it } from 'vitest'
import { ansiSpans, stripAnsi } from './build-log-ansi'

describe('stripAnsi', () => {
  it.each([
    ['basic colours', '\x1b[31mred\x1b[0m', 'red'],
    ['bold and colour', '\x1b[1;32mok\x1b[0m', 'ok'],
    ['bright colours', '\x1b[91mhi\x1b[39m', 'hi'],
    ['256 colours', '\x1b[38;5;208morange\x1b[0m', 'orange'],
    ['truecolour', '\x1b[38;2;255;0;0mred\x1b[48;2;0;0;0m', 'red'],
    ['colon truecolour', '\x1b[38:2::255:0:0mred', 'red'],
    ['the short reset', 'a\x1b[mb', 'ab'],
    ['erase line', '\x1b[2Kprogress 50%', 'progress 50%'],
    ['cursor movement', 'a\x1b[1Ab\x1b[10;20Hc', 'abc'],
    ['private modes', '\x1b[?25lhidden cursor\x1b[?25h', 'hidden cursor'],
    ['OSC title ended by BEL', '\x1b]0;title\x07text', 'text'],
    ['OSC ended by ESC \\', 'a\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\b', 'alinkb'],
    ['an unterminated OSC', 'text\x1b]0;title', 'text'],
    ['an OSC cut short by another escape', '\x1b]0;title\x1b[31mred', 'red'],
    ['a CSI cut off at the end', 'text\x1b[31', 'text'],
    ['a lone ESC at the end', 'text\x1b', 'text'],
    ['a charset switch', '\x1b(Btext', 'text'],
    ['save and restore cursor', '\x1b7a\x1b8b', 'ab'],
    ['ESC before a non-ASCII character', 'a\x1bé', 'aé'],
  ])('drops %s', (_, value, expected) => {
    expect(stripAnsi(value)).toBe(expected)
  })

  it('leaves text without escapes alone, tabs and HTML included', () => {
    expect(stripAnsi('a\tb <i>c</i> [31m')).toBe('a\tb <i>c</i> [31m')
    expect(stripAnsi('')).toBe('')
  })
})

describe('ansiSpans', () => {
  it('returns the text as one unstyled span, and nothing for empty text', () => {
    expect(ansiSpans('plain <b>text</b>')).toEqual([{ text: 'plain <b>text</b>' }])
    expect(ansiSpans('')).toEqual([])
    expect(ansiSpans('\x1b[31m\x1b[0m')).toEqual([])
  })

  it('maps the basic and bright colours to names', () => {
    expect(ansiSpans('\x1b[30ma\x1b[37mb\x1b[41mc\x1b[90md\x1b[97me\x1b[100mf\x1b[107mg')).toEqual([
      { text: 'a', fg: 'black' },
      { text: 'b', fg: 'white' },
      { text: 'c', fg: 'white', bg: 'red' },
      { text: 'd', fg: 'bright-black', bg: 'red' },
      { text: 'e', fg: 'bright-white', bg: 'red' },
      { text: 'f', fg: 'bright-white', bg: 'bright-black' },
      { text: 'g', fg: 'bright-white', bg: 'bright-white' },
    ])
  })

  it.each([
    ['32', 'green'],
    ['33', 'yellow'],
    ['34', 'blue'],
    ['35', 'magenta'],
    ['36', 'cyan'],
    ['92', 'bright-green'],
  ])('maps %s to %s', (code, fg) => {
    expect(ansiSpans(`\x1b[${code}mx`)).toEqual([{ text: 'x', fg }])
  })

  it('reads bold, dim, italic and underline', () => {
    expect(ansiSpans('\x1b[1;2;3;4;32;40mx')).toEqual([
      { text: 'x', fg: 'green', bg: 'black', bold: true, dim: true, italic: true, underline: true },
    ])
  })

  it.each([
    ['16', '#000000'],
    ['21', '#0000ff'],
    ['196', '#ff0000'],
    ['208', '#ff8700'],
    ['231', '#ffffff'],
    ['232', '#080808'],
    ['244', '#808080'],
    ['255', '#eeeeee'],
    ['1', '#cd0000'],
    ['9', '#ff0000'],
    ['15', '#ffffff'],
  ])('maps 256-colour %s to %s', (n, color) => {
    expect(ansiSpans(`\x1b[38;5;${n}mfg`)).toEqual([{ text: 'fg', fg: color }])
    expect(ansiSpans(`\x1b[48;5;${n}mbg`)).toEqual([{ text: 'bg', bg: color }])
  })

  it('maps truecolour to #rrggbb', () => {
    expect(ansiSpans('\x1b[38;2;255;0;0;48;2;0;128;255mx')).toEqual([
      { text: 'x', fg: '#ff0000', bg: '#0080ff' },
    ])
  })

  it('reads the colon forms of extended colours and underline styles', () => {
    expect(ansiSpans('\x1b[38:5:208ma\x1b[38:2::1:2:3mb\x1b[48:2:4:5:6mc\x1b[4:3md\x1b[4:0me')).toEqual([
      { text: 'a', fg: '#ff8700' },
      { text: 'b', fg: '#010203' },
      { text: 'c', fg: '#010203', bg: '#040506' },
      { text: 'd', fg: '#010203', bg: '#040506', underline: true },
      { text: 'e', fg: '#010203', bg: '#040506' },
    ])
  })

  it('keeps reading codes after an extended colour', () => {
    expect(ansiSpans('\x1b[38;5;208;1;48;2;0;0;0;3mx')).toEqual([
      { text: 'x', fg: '#ff8700', bg: '#000000', bold: true, italic: true },
    ])
  })

  it('ignores invalid extended colours', () => {
    expect(ansiSpans('\x1b[38;5;300ma\x1b[38;2;1;2mb\x1b[48;2;256;0;0mc\x1b[38;9md')).toEqual([
      { text: 'abcd' },
    ])
  })

  it.each([
    ['0', '\x1b[0m'],
    ['an empty code', '\x1b[m'],
    ['an empty parameter among others', '\x1b[;m'],
  ])('resets everything on %s', (_, reset) => {
    expect(ansiSpans(`\x1b[1;3;4;31;42mstyled${reset}plain`)).toEqual([
      { text: 'styled', fg: 'red', bg: 'green', bold: true, italic: true, underline: true },
      { text: 'plain' },
    ])
  })

  it('resets one attribute at a time', () => {
    expect(ansiSpans('\x1b[1;2;3;4;31;42ma\x1b[39mb\x1b[49mc\x1b[22md\x1b[23me\x1b[24mf')).toEqual([
      { text: 'a', fg: 'red', bg: 'green', bold: true, dim: true, italic: true, underline: true },
      { text: 'b', bg: 'green', bold: true, dim: true, italic: true, underline: true },
      { text: 'c', bold: true, dim: true, italic: true, underline: true },
      { text: 'd', italic: true, underline: true },
      { text: 'e', underline: true },
      { text: 'f' },
    ])
  })

  it('resets and sets in one sequence', () => {
    expect(ansiSpans('\x1b[1;31ma\x1b[0;32mb')).toEqual([
      { text: 'a', fg: 'red', bold: true },
      { text: 'b', fg: 'green' },
    ])
  })

  it('ignores codes it has no style for', () => {
    expect(ansiSpans('\x1b[5;7;9mblink')).toEqual([{ text: 'blink' }])
  })

  it('drops other escape sequences and merges the text around them', () => {
    expect(ansiSpans('\x1b[31mre\x1b[2Kd\x1b]0;title\x07!\x1b[0m')).toEqual([{ text: 'red!', fg: 'red' }])
    expect(ansiSpans('a\x1b[?25lb')).toEqual([{ text: 'ab' }])
  })

  it('merges adjacent text with the same style', () => {
    expect(ansiSpans('\x1b[31ma\x1b[31mb\x1b[0;31mc')).toEqual([{ text: 'abc', fg: 'red' }])
    expect(ansiSpans('a\x1b[0mb\x1b[39;49mc')).toEqual([{ text: 'abc' }])
  })

  it('produces spans whose texts join to stripAnsi of the message', () => {
    const samples = [
      '\x1b[1;32mPASS\x1b[0m all good',
      'a\x1b]0;t\x07b\x1b[31mc\x1b[mdef\x1b[',
      '\x1b[38;2;255;0;0mtrue\x1b[48;5;12mcolour\x1b[22;23;24m<b>x</b>\x1b(B',
      '\x1b\x1b[31m\x1b',
      'tab\there',
    ]
    for (const message of samples) {
      const spans = ansiSpans(message)
      expect(spans.map((span) => span.text).join('')).toBe(stripAnsi(message))
      expect(spans.every((span) => span.text.length > 0)).toBe(true)
    }
  })
})
