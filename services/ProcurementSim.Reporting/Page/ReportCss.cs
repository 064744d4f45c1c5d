namespace ProcurementSim.Reporting.Page;

/// <summary>The report's inline style sheet: plain, readable, printable; system fonts only (nothing to fetch).</summary>
internal static class ReportCss
{
    public const string Text = """
        :root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --rule: #d9e2ec; --band: #f5f7fa; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1180px; padding: 24px 32px 48px; color: var(--ink); background: #fff;
               font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header { border-bottom: 2px solid var(--ink); margin-bottom: 20px; }
        .kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; font-size: 12px; }
        h1 { margin: 4px 0 2px; font-size: 28px; line-height: 1.2; overflow-wrap: anywhere; }
        h2 { margin: 32px 0 8px; font-size: 20px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
        .run { margin: 0 0 12px; color: var(--muted); overflow-wrap: anywhere; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 13px; }
        .score { display: flex; gap: 32px; align-items: flex-start; flex-wrap: wrap; }
        .score-figure { min-width: 180px; padding: 16px 20px; background: var(--band); border-left: 6px solid var(--accent); }
        .score-figure p { margin: 0; color: var(--muted); }
        .score-value { font-size: 56px; font-weight: 700; line-height: 1; }
        .score-scale { font-size: 20px; color: var(--muted); margin-left: 6px; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
        .score table { flex: 1; min-width: 420px; }
        caption { text-align: left; color: var(--muted); padding-bottom: 6px; }
        th, td { padding: 4px 12px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        thead th { background: var(--band); border-bottom: 2px solid var(--rule); }
        tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--ink); border-bottom: none; }
        .num { text-align: right; white-space: nowrap; }
        tr.sub td:first-child { padding-left: 32px; }
        tr.sub td { color: var(--muted); }
        .events, .metrics { width: 100%; }
        .events td:last-child { overflow-wrap: anywhere; }
        .chart { height: 420px; margin: 8px 0 20px; border: 1px solid var(--rule); }
        .note { color: var(--muted); margin: 4px 0 8px; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          .chart, table, tr { break-inside: avoid; }
          h2 { break-after: avoid; }
          .score-figure { border: 1px solid var(--ink); border-left-width: 6px; }
        }

        """;
}
