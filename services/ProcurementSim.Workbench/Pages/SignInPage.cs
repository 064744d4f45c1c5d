using static ProcurementSim.Workbench.Pages.Layout;

namespace ProcurementSim.Workbench.Pages;

/// <summary>The sign-in form a browser on another machine sees first.</summary>
internal static class SignInPage
{
    public static string Render(string? problem = null) => Page("Sign in", $"""
        <h1>Sign in to the workbench</h1>
        <p>This workbench is open to other machines only with its key (the one given to <code>procsim serve --workbench-key</code>).</p>
        {(problem is null ? "" : $"<p class=\"problem\" role=\"alert\">{E(problem)}</p>")}
        <form method="post" action="/workbench/sign-in" class="card">
          <label>Workbench key <input type="password" name="key" autocomplete="current-password" required></label>
          <button type="submit">Sign in</button>
        </form>
        """);
}
