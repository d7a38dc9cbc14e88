/// The default style, built in so that briefs render wherever brief runs. It must equal
/// `styles/default.css`; a test keeps the two identical.
enum BuiltInStyles {
    static let defaultCSS = """
        /* name: Default
           description: A calm, readable brief for browsers and mail clients; 600 px column, system fonts. */
        body { margin: 0; padding: 16px; background: #f4f5f7; color: #1d2430; font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-size: 16px; line-height: 1.5; }
        .brief { max-width: 600px; margin: 0 auto; padding: 24px; background: #ffffff; border: 1px solid #dde1e7; }
        h1 { margin: 0 0 4px 0; font-size: 24px; line-height: 1.25; color: #0b2545; }
        .meta { margin: 0 0 16px 0; color: #5a6473; font-size: 14px; }
        h2 { margin: 24px 0 8px 0; padding-bottom: 4px; border-bottom: 2px solid #0b2545; font-size: 18px; color: #0b2545; text-transform: uppercase; letter-spacing: 0.04em; }
        ol { margin: 0; padding-left: 24px; }
        ul { margin: 0; padding-left: 20px; }
        li { margin: 0 0 8px 0; }
        a { color: #1a5fb4; }
        .sources { color: #5a6473; font-size: 13px; }
        table { width: 100%; border-collapse: collapse; font-size: 15px; }
        th { text-align: left; padding: 4px 8px 4px 0; border-bottom: 1px solid #dde1e7; color: #5a6473; font-size: 13px; font-weight: 600; }
        td { vertical-align: top; padding: 6px 8px 6px 0; border-bottom: 1px solid #eef0f3; }
        .when { width: 30%; font-weight: 600; }
        .detail { margin: 4px 0 0 0; color: #5a6473; font-size: 13px; }
        .role { color: #3a4454; }
        figure { margin: 0 0 16px 0; }
        blockquote { margin: 0; padding: 8px 12px; border-left: 4px solid #8fb3de; background: #f6f9fd; font-style: italic; }
        figcaption { margin: 4px 0 0 12px; color: #3a4454; font-size: 14px; }
        .source-list { font-size: 14px; color: #3a4454; }
        .path { color: #5a6473; font-size: 12px; }
        footer { margin-top: 24px; color: #8a93a0; font-size: 12px; }
        @media (max-width: 480px) {
          /* !important: these must win over the inlined style attributes. */
          body { padding: 0 !important; }
          .brief { padding: 16px !important; border: 0 !important; }
          h1 { font-size: 20px !important; }
        }
        """ + "\n"
}
