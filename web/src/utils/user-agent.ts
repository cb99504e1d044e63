/** A short, readable name for a browser's User-Agent string, e.g. "Chrome 126 · Windows". */
export interface DeviceInfo {
  browser: string
  os: string
}

const BROWSERS: Array<[RegExp, string]> = [
  [/MicroMessenger\/([\d]+)/, 'WeChat'],
  [/DingTalk\/([\d]+)/, 'DingTalk'],
  [/Edg(?:e|A|iOS)?\/([\d]+)/, 'Edge'],
  [/OPR\/([\d]+)/, 'Opera'],
  [/(?:Chrome|CriOS)\/([\d]+)/, 'Chrome'],
  [/(?:Firefox|FxiOS)\/([\d]+)/, 'Firefox'],
  [/Version\/([\d]+)[\d.]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
  [/^curl\/([\d.]+)/, 'curl'],
  [/^node/, 'Node.js'],
]

const SYSTEMS: Array<[RegExp, string]> = [
  [/HarmonyOS|OpenHarmony/, 'HarmonyOS'],
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
]

export function describeUserAgent(ua: string | null | undefined): DeviceInfo | null {
  if (!ua) return null
  let browser = ''
  for (const [re, name] of BROWSERS) {
    const m = re.exec(ua)
    if (m) {
      browser = m[1] ? `${name} ${m[1]}` : name
      break
    }
  }
  const os = SYSTEMS.find(([re]) => re.test(ua))?.[1] ?? ''
  if (!browser && !os) return null
  return { browser, os }
}

/** "Chrome 126 · Windows", or the raw string when it is not recognised. */
export function userAgentLabel(ua: string | null | undefined): string {
  const info = describeUserAgent(ua)
  if (!info) return ua ?? ''
  return [info.browser, info.os].filter(Boolean).join(' · ')
}
