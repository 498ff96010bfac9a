using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Chooses the ticks of a time axis: round local times in the article's zone (every 15 minutes, every day, every
/// month…), at most a handful over the span, each with a label and, where the day or year turns, a second line.
/// </summary>
internal static class TimeTicks
{
    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly LocalDatePattern DayMonth = LocalDatePattern.CreateWithInvariantCulture("d MMM");
    private static readonly LocalDatePattern Month = LocalDatePattern.CreateWithInvariantCulture("MMM");
    private static readonly LocalDatePattern Year = LocalDatePattern.CreateWithInvariantCulture("uuuu");

    private static readonly (Period Step, Duration Length)[] Steps =
    [
        .. new[] { 1, 2, 5, 10, 15, 30 }.Select(m => (Period.FromMinutes(m), Duration.FromMinutes(m))),
        .. new[] { 1, 2, 3, 6, 12 }.Select(h => (Period.FromHours(h), Duration.FromHours(h))),
        .. new[] { 1, 2, 7, 14 }.Select(d => (Period.FromDays(d), Duration.FromDays(d))),
        .. new[] { 1, 2, 3, 6 }.Select(m => (Period.FromMonths(m), Duration.FromDays(30 * m))),
        .. new[] { 1, 2, 5, 10, 20, 50, 100 }.Select(y => (Period.FromYears(y), Duration.FromDays(365 * y))),
    ];

    /// <summary>The ticks within <paramref name="span"/>, at most about <paramref name="most"/>, oldest first.</summary>
    public static IReadOnlyList<TimeTick> Choose(Interval span, DateTimeZone zone, int most)
    {
        var (step, length) = Steps.FirstOrDefault(s => span.Duration / s.Length <= most, Steps[^1]);
        var ticks = new List<TimeTick>();
        var local = Floor(span.Start.InZone(zone).LocalDateTime, step);
        LocalDate? previousDate = null;
        for (var guard = 0; guard < 4 * most + 4; guard++, local += step)
        {
            var instant = local.InZoneLeniently(zone).ToInstant();
            if (instant > span.End)
            {
                break;
            }

            if (instant < span.Start)
            {
                continue;
            }

            ticks.Add(Label(instant, local, step, length, previousDate));
            previousDate = local.Date;
        }

        return ticks;
    }

    private static TimeTick Label(Instant instant, LocalDateTime local, Period step, Duration length, LocalDate? previous)
    {
        if (length < Duration.FromDays(1))
        {
            var dayTurned = previous is null || previous.Value != local.Date;
            return new TimeTick(instant, Clock.Format(local.TimeOfDay), dayTurned ? DayMonth.Format(local.Date) : null);
        }

        var yearTurned = previous is null || previous.Value.Year != local.Year;
        if (step.Years > 0)
        {
            return new TimeTick(instant, Year.Format(local.Date), null);
        }

        return step.Months > 0
            ? new TimeTick(instant, Month.Format(local.Date), yearTurned ? Year.Format(local.Date) : null)
            : new TimeTick(instant, DayMonth.Format(local.Date), yearTurned ? Year.Format(local.Date) : null);
    }

    /// <summary>The latest round time at or before <paramref name="local"/> for ticks every <paramref name="step"/>.</summary>
    private static LocalDateTime Floor(LocalDateTime local, Period step)
    {
        if (step.Years > 0)
        {
            return new LocalDateTime(local.Year - (local.Year % step.Years), 1, 1, 0, 0);
        }

        if (step.Months > 0)
        {
            return new LocalDateTime(local.Year, local.Month - ((local.Month - 1) % step.Months), 1, 0, 0);
        }

        if (step.Days == 7 || step.Days == 14)
        {
            return local.Date.PlusDays(-((int)local.DayOfWeek - 1)).AtMidnight();
        }

        if (step.Days > 0)
        {
            return local.Date.AtMidnight();
        }

        var minutes = (int)(step.Hours * 60 + step.Minutes);
        var ofDay = local.Hour * 60 + local.Minute;
        return local.Date.At(LocalTime.Midnight.PlusMinutes(ofDay - (ofDay % minutes)));
    }
}
