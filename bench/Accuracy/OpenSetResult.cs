using FaceClassifier.Engine.Vision.Abstractions;
using FaceClassifier.Engine.Vision.Matching;

namespace FaceClassifier.Bench.Accuracy;

/// <summary>Totals over every split and probe of <see cref="OpenSetProtocol"/>.</summary>
internal sealed class OpenSetResult
{
    public int Splits { get; set; }

    public int GallerySize { get; set; }

    /// <summary>The distance threshold the matcher used for that gallery size.</summary>
    public float Threshold { get; set; }

    /// <summary>People drawn for enrolment none of whose photos passes the enrolment floors (left out of the gallery).</summary>
    public int UnenrollablePeople { get; set; }

    /// <summary>Probe faces under the evidence floors: never named (an enrolled person's counts as not named).</summary>
    public int UnderFloor { get; private set; }

    public int StrangerProbes { get; private set; }

    public int EnrolledProbes { get; private set; }

    /// <summary>Strangers given a name.</summary>
    public int StrangersNamed { get; private set; }

    /// <summary>Enrolled people given someone else's name.</summary>
    public int Misnamed { get; private set; }

    public int CorrectNames { get; private set; }

    /// <summary>Probes on which the engine found no face (an enrolled person's counts as not named).</summary>
    public int NoFace { get; private set; }

    /// <summary>Second-best minus best distance where the best candidate is the probe's own person.</summary>
    public List<double> CorrectMargins { get; } = [];

    /// <summary>Second-best minus best distance for strangers' probes.</summary>
    public List<double> StrangerMargins { get; } = [];

    /// <summary>Second-best minus best distance for the strangers the matcher named.</summary>
    public List<double> NamedStrangerMargins { get; } = [];

    /// <summary>Best-candidate distance for strangers' probes.</summary>
    public List<double> StrangerBest { get; } = [];

    public int Probes => StrangerProbes + EnrolledProbes;

    public int WrongNames => StrangersNamed + Misnamed;

    public double WrongNameRate => (double)WrongNames / Probes;

    public double CorrectNameRate => (double)CorrectNames / EnrolledProbes;

    public void AddUnderFloor(bool isEnrolled)
    {
        UnderFloor++;
        if (isEnrolled)
        {
            EnrolledProbes++;
        }
        else
        {
            StrangerProbes++;
        }
    }

    public void Add(string identity, bool isEnrolled, FaceMatch? decision, GalleryCandidates candidates)
    {
        if (isEnrolled)
        {
            EnrolledProbes++;
        }
        else
        {
            StrangerProbes++;
        }

        if (decision is not { } match)
        {
            NoFace++;
            return;
        }

        if (candidates is { Best: { } best, Second: { } second })
        {
            var margin = second.Distance - best.Distance;
            if (!isEnrolled)
            {
                StrangerMargins.Add(margin);
            }
            else if (best.PersonId == identity)
            {
                CorrectMargins.Add(margin);
            }
        }

        if (!isEnrolled && candidates.Best is { } nearest)
        {
            StrangerBest.Add(nearest.Distance);
        }

        if (!match.IsKnown)
        {
            return;
        }

        if (!isEnrolled)
        {
            StrangersNamed++;
            if (candidates is { Best: { } named, Second: { } runnerUp })
            {
                NamedStrangerMargins.Add(runnerUp.Distance - named.Distance);
            }
        }
        else if (match.PersonId == identity)
        {
            CorrectNames++;
        }
        else
        {
            Misnamed++;
        }
    }
}
