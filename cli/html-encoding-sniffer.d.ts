/** html-encoding-sniffer (jsdom's own encoding sniffing) ships no types: the one function the CLI calls. */
declare module 'html-encoding-sniffer' {
  /** The HTML spec's encoding sniffing: BOM, transport label, <meta> prescan of the first 1024 bytes, else the default. */
  export default function sniffHtmlEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
