namespace ProcurementSim.Reporting.Experiments;

/// <summary>What the experiment report adds to the run report's style sheet: the banner, the contents line, grids of small figures.</summary>
internal static class ExperimentCss
{
    public const string Text = """
        .banner { margin: 0 0 16px; padding: 10px 14px; background: #fff4e5; border-left: 6px solid #b45309; color: #7c2d12; }
        .contents { margin: -8px 0 8px; color: var(--muted); font-size: 14px; }
        .contents a { color: var(--accent); text-decoration: none; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
        .strategy { white-space: nowrap; }
        .wide { width: 100%; }
        .compact th, .compact td { padding: 3px 8px; }
        tr.best td, tr.restricted td { font-weight: 600; }
        .small { font-size: 13px; }
        .mark { text-align: center; }
        .xchart { margin: 0; border: none; }
        figure { margin: 0; break-inside: avoid; }
        figcaption { font-weight: 600; margin: 0 0 2px; }
        figcaption span { font-weight: 400; color: var(--muted); }
        .grid figcaption { min-height: 2.9em; }
        .panel { border: 1px solid var(--rule); padding: 8px 10px 4px; }
        .grid { display: grid; gap: 14px; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); margin: 8px 0 20px; }
        .pair { display: grid; gap: 14px; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); margin: 8px 0 12px; }
        .prim { margin: 18px 0 28px; }
        h3 { margin: 20px 0 6px; font-size: 17px; }
        .facts { margin: 4px 0; }
        .top3 { margin: 0; padding-left: 18px; }
        .top3 .index { white-space: nowrap; color: var(--muted); }
        .compact thead th.num { white-space: normal; }
        .methods li { margin-bottom: 4px; }
        footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 13px; }
        @media print {
          .banner { border: 1px solid #b45309; border-left-width: 6px; }
          figure, .prim { break-inside: avoid; }
          .contents { display: none; }
        }

        """;
}
