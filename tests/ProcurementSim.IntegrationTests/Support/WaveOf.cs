using ProcurementSim.Protocol.V1;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>Waves of one entry, for the interceptors that pass a wave stream's entries on one by one.</summary>
public static class WaveOf
{
    public static TickWaveRequest Tick(TickStreamRequest tick)
    {
        var wave = new TickWaveRequest();
        wave.Ticks.Add(tick);
        return wave;
    }

    public static DeliveryWaveRequest Delivery(DeliveryRequest delivery)
    {
        var wave = new DeliveryWaveRequest();
        wave.Deliveries.Add(delivery);
        return wave;
    }

    public static DeliveryWaveResponse DeliveryAnswer(DeliveryResponse answer)
    {
        var wave = new DeliveryWaveResponse();
        wave.Answers.Add(answer);
        return wave;
    }
}
