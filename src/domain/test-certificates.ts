/**
 * TEST DATA ONLY: small real certificates for the certificate and build config tests, made with
 * OpenSSL 3.0 (`openssl ca -selfsign -startdate … -enddate …`, so every date is fixed). Their private
 * keys were thrown away. Private-key blocks for the refusal tests are built from a fake body below,
 * never a real key.
 */

/** RSA 2048, self-signed CA: CN=Example Internal CA, O=Example; 2025-03-01 to 2036-03-01; serial 1000. */
export const EXAMPLE_CA = `-----BEGIN CERTIFICATE-----
MIIDHjCCAgagAwIBAgICEAAwDQYJKoZIhvcNAQELBQAwMDEcMBoGA1UEAwwTRXhh
bXBsZSBJbnRlcm5hbCBDQTEQMA4GA1UECgwHRXhhbXBsZTAeFw0yNTAzMDEwMDAw
MDBaFw0zNjAzMDEwMDAwMDBaMDAxHDAaBgNVBAMME0V4YW1wbGUgSW50ZXJuYWwg
Q0ExEDAOBgNVBAoMB0V4YW1wbGUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEK
AoIBAQDm4WNzYpJ+KvRBMou76ouV6aIuNNfOXvv5s69NrNmQamUlO+Ee4MR/9xeh
gGsCTqkrEIA8gzRdVCEZgzlIkW4l/J0A1OJbZCnsB4Ws5Kxg4plMwhBxJlUcBkEA
c+Xeeb0/Ip+Eq6zVnfdetMlPBhAUil2Nq6D59/6r3hcqUP+HNBhBUxpHAiRr/XYD
s/DhfYNN28/rQI6USwwt+BwmZ3edioGx9+m6bFRHnJg9hIYxFWxC35jaB15ceoRS
Y++sy2u3edjxRVDdib60AUxBV/CAmof0wzXxZgZaQ2ssM5BODStHUgytPH83fx/L
UYP3+LLPnBWlhXADc4Dhe4HTe271AgMBAAGjQjBAMA8GA1UdEwEB/wQFMAMBAf8w
DgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBRk+BpdzhT2tEeLTjj7ljvChJjdwjAN
BgkqhkiG9w0BAQsFAAOCAQEAq2C6gKJL+IqjNbcPsXI5uZst2u49zaeHf7KEnCK0
8D03BuzdMtC0sQZyJevDeqGAg6cjMU3PW8FtJ1AEKaqlIy29jYWdE2KRJVTMO8GI
CwYuQizQf65HV9gn0kqIMlYb8dg8gzBkW5vu6ja3f3RbGjHsErG92VOcmZtCFnG1
F8v4x/QjaN6Ffa8oks/h2SW5WqeCQsBtOCG5t/ggiXIakD8eX7oIERPrr7ahkjhM
45CUZxb9/X/0TfOZRcUhMWXk6sJ3CUFuq8GrkuabPbEdOBTRTsuvEkORsV5PPtXT
r+Zahi2/OVIC+sxko8B5XInwnQTjqmU2EtpIf+RmxaKrvA==
-----END CERTIFICATE-----
`

/** EC P-256 server certificate issued by {@link EXAMPLE_CA}: CN=internal.example.com, O=Example; 2025-06-01 to 2027-03-01; serial 1002. */
export const EXAMPLE_LEAF = `-----BEGIN CERTIFICATE-----
MIICqjCCAZKgAwIBAgICEAIwDQYJKoZIhvcNAQELBQAwMDEcMBoGA1UEAwwTRXhh
bXBsZSBJbnRlcm5hbCBDQTEQMA4GA1UECgwHRXhhbXBsZTAeFw0yNTA2MDEwMDAw
MDBaFw0yNzAzMDEwMDAwMDBaMDExHTAbBgNVBAMMFGludGVybmFsLmV4YW1wbGUu
Y29tMRAwDgYDVQQKDAdFeGFtcGxlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
nghM8StKb+5jH8PCOPtScEWmblvPfejrdIfrE0U8zMKAubwPUr9GAxlTw+/Go6kd
sWRsRgUes6RpcQvMonCsKaOBlzCBlDAMBgNVHRMBAf8EAjAAMA4GA1UdDwEB/wQE
AwIHgDATBgNVHSUEDDAKBggrBgEFBQcDATAfBgNVHREEGDAWghRpbnRlcm5hbC5l
eGFtcGxlLmNvbTAdBgNVHQ4EFgQUpcFX4d+dYl3PfsicPKGjpCSoG24wHwYDVR0j
BBgwFoAUZPgaXc4U9rRHi044+5Y7woSY3cIwDQYJKoZIhvcNAQELBQADggEBAHtg
EmFk3ownwiswAoPhSDLBppn9Oe8BdUt17R89fdQQtJ4/IFGR4iPCoIkdfHFzbf69
MChLEjESZVBrhmhsP9NUmOnv8hh2Cr+wUcBbZsuWN1vSh552yviQAMEsOhrC0W9B
RtmQV1ZN3oIrGb1P1gEvM9uAqVWBtw66GWWJXM54FbPq833lYvbOjNhNb5/XcZed
tGru/0AL4Ymcd5rlHPRv6rnMsAR2Fp/T0uH/sWorcnJwQCOED/QhFTRKl/AdcQYb
BUuyLz6jj0yVU2MV4Nnuz+Vd9TbDuVbd0gM92R2CfxedqTPVRScpcMJd97La2i81
n+blf4FzxNKCDXP5l1c=
-----END CERTIFICATE-----
`

/** EC P-256, self-signed: CN=Old Example Root, O=Example, C=US; 2020-01-01 to 2022-06-30T12:00:00Z (expired); serial 1001. */
export const EXPIRED_ROOT = `-----BEGIN CERTIFICATE-----
MIIBpjCCAUygAwIBAgICEAEwCgYIKoZIzj0EAwIwOjEZMBcGA1UEAwwQT2xkIEV4
YW1wbGUgUm9vdDEQMA4GA1UECgwHRXhhbXBsZTELMAkGA1UEBhMCVVMwHhcNMjAw
MTAxMDAwMDAwWhcNMjIwNjMwMTIwMDAwWjA6MRkwFwYDVQQDDBBPbGQgRXhhbXBs
ZSBSb290MRAwDgYDVQQKDAdFeGFtcGxlMQswCQYDVQQGEwJVUzBZMBMGByqGSM49
AgEGCCqGSM49AwEHA0IABC07TuPs4vNOG6w9U8Q/KlRQmf75jNxBKVGA6nbPcOuZ
j8GmHMdDzvRlt+iHWX59zlLNVMYy4QTEZO5nFNA7dtajQjBAMA8GA1UdEwEB/wQF
MAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBQPRQWdQrJ+J2hnZINS4q8a
u/4HsDAKBggqhkjOPQQDAgNIADBFAiARqHBAd3/9/Ky2QasNMb332AyTafnjK08u
mFyNX9SThwIhANVA7g159bPvAQYNVH6K91weFvc5LyAzVEajgSGm6hUk
-----END CERTIFICATE-----
`

/** EC P-256, self-signed, UTF-8 subject: CN=Zürich Wurzel CA, O=Beispiel AG; 2025-01-01 to 2035-01-01; serial 1003. */
export const UNICODE_CA = `-----BEGIN CERTIFICATE-----
MIIBlTCCATygAwIBAgICEAMwCgYIKoZIzj0EAwIwMjEaMBgGA1UEAwwRWsO8cmlj
aCBXdXJ6ZWwgQ0ExFDASBgNVBAoMC0JlaXNwaWVsIEFHMB4XDTI1MDEwMTAwMDAw
MFoXDTM1MDEwMTAwMDAwMFowMjEaMBgGA1UEAwwRWsO8cmljaCBXdXJ6ZWwgQ0Ex
FDASBgNVBAoMC0JlaXNwaWVsIEFHMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
1QPZmwu/6l1Ro+Mz1q703E2iA+hBdtJTtypRZ1ZR5ZSnxaC6egC0cOBIkA3PaUoS
CKvUswaHoQp8UG5C3ub8DKNCMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8E
BAMCAQYwHQYDVR0OBBYEFNfTMG5XlGnlcBpiaBTsxsv1Nw/IMAoGCCqGSM49BAMC
A0cAMEQCIFtYp9i4dEXJ1dcowsEoNKaXBt7Ag7Xj85+yFFhVH7gZAiB8wX8kDIvE
y56Zd4uYHGlQeKShhN17pESwkTmYKTlKJw==
-----END CERTIFICATE-----
`

/** EC P-256, self-signed: CN=Far Future CA; 2025-01-01 to 2055-12-31T23:59:59Z (a GeneralizedTime); serial 1004. */
export const FAR_FUTURE_CA = `-----BEGIN CERTIFICATE-----
MIIBZTCCAQqgAwIBAgICEAQwCgYIKoZIzj0EAwIwGDEWMBQGA1UEAwwNRmFyIEZ1
dHVyZSBDQTAgFw0yNTAxMDEwMDAwMDBaGA8yMDU1MTIzMTIzNTk1OVowGDEWMBQG
A1UEAwwNRmFyIEZ1dHVyZSBDQTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABDo/
ubly69jFBJaFpgHSYsZ1W9zYCjfqmrSOpfrk96oaOOD0G0GhxFmxLNkm+pbjjrwx
tSntwIfS9dUrCPK/tUujQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQD
AgEGMB0GA1UdDgQWBBQKoAAsdo4bvPVauyw6M6k7IP1SNjAKBggqhkjOPQQDAgNJ
ADBGAiEAs0ono3hjb4md3JWAYqlAbAirkRrlnehtQH/n43MzLqECIQC+PCNRSYIb
5sauWA1UvMUIdHC1kLXKz7H+OkT4+m/tLA==
-----END CERTIFICATE-----
`

/** A certificate signing request (not a certificate) for CN=internal.example.com. */
export const EXAMPLE_CSR = `-----BEGIN CERTIFICATE REQUEST-----
MIHrMIGTAgEAMDExHTAbBgNVBAMMFGludGVybmFsLmV4YW1wbGUuY29tMRAwDgYD
VQQKDAdFeGFtcGxlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEnghM8StKb+5j
H8PCOPtScEWmblvPfejrdIfrE0U8zMKAubwPUr9GAxlTw+/Go6kdsWRsRgUes6Rp
cQvMonCsKaAAMAoGCCqGSM49BAMCA0cAMEQCIHKepZntSyWBjxuxd18zZXkbDvKJ
06vuE1gW9ICaFjHEAiASA7LrVvmSg7X7YZmplG0s9DOpcuGqvfubPlGOQrERrA==
-----END CERTIFICATE REQUEST-----
`

/** The public key of {@link EXAMPLE_LEAF}. */
export const EXAMPLE_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEnghM8StKb+5jH8PCOPtScEWmblvP
fejrdIfrE0U8zMKAubwPUr9GAxlTw+/Go6kdsWRsRgUes6RpcQvMonCsKQ==
-----END PUBLIC KEY-----
`

/** SHA-256 fingerprints as `openssl x509 -fingerprint -sha256` prints them. */
export const FINGERPRINTS = {
  EXAMPLE_CA:
    '2C:89:AF:BE:43:0C:53:84:29:93:55:FF:9D:30:8E:1F:26:FC:E9:84:F5:8C:14:BD:BB:CC:B7:19:CB:5D:52:99',
  EXAMPLE_LEAF:
    'B0:15:BB:12:21:19:56:71:FC:22:5F:08:4F:ED:96:E2:AA:55:73:D0:E0:E7:94:95:42:E5:ED:F1:1E:30:6B:56',
  EXPIRED_ROOT:
    '84:4F:C2:CB:59:2B:17:8B:52:19:91:17:3D:FF:60:DE:B2:F2:6F:50:31:D3:79:E0:57:84:05:2E:80:F5:78:7F',
  UNICODE_CA:
    '36:1A:57:49:8D:26:02:51:EC:CC:21:DD:2A:51:1A:A6:59:74:02:CF:36:D6:51:C6:3C:75:F8:85:4D:59:9F:7A',
  FAR_FUTURE_CA:
    '38:64:86:EC:A2:09:3E:D3:FA:87:7D:51:79:CB:86:DB:6C:3A:C8:37:39:B8:23:CE:4F:64:E8:A5:F8:12:F4:2A',
} as const

/** A PEM block with any label, for refusal tests: `pemBlock('RSA PRIVATE KEY')` (the body is not a key). */
export function pemBlock(
  label: string,
  body = 'VEVTVCBEQVRBOiBub3QgYSBrZXkgb3IgYSBjZXJ0aWZpY2F0ZQ==',
): string {
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`
}

/** The base64 text between a block's BEGIN and END lines, without line breaks. */
export function base64Of(pem: string): string {
  return pem
    .split('\n')
    .filter((line) => line && !line.startsWith('-----'))
    .join('')
}

/** The DER bytes of a PEM block. */
export function derOf(pem: string): Uint8Array {
  return Uint8Array.from(atob(base64Of(pem)), (character) => character.charCodeAt(0))
}

/** A PEM CERTIFICATE block around `der`. */
export function certificateBlock(der: Uint8Array): string {
  let binary = ''
  for (const byte of der) binary += String.fromCharCode(byte)
  const lines = btoa(binary).match(/.{1,64}/g) ?? []
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`
}
