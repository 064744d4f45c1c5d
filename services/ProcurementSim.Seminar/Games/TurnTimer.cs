using Microsoft.Extensions.Hosting;

namespace ProcurementSim.Seminar.Games;

/// <summary>Checks every game's turn timer twice a second.</summary>
internal sealed class TurnTimer(GameRegistry games) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false)) games.TickAll();
    }
}
