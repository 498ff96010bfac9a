using System.Reflection;
using ArticleRevisions.Model;

namespace ArticleRevisions.Tests.Conventions;

/// <summary>Keeps the house rules for public types: sealed (or static) classes, and no way to change a value after it is made.</summary>
public class ImmutabilityTests
{
    /// <summary>The types that stand for an open resource rather than a value; each documents why.</summary>
    private static readonly HashSet<string> Resources = ["ArticleRevisions.Storage.HistoryFile"];

    public static TheoryData<string> PublicClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(ArticleHistory).Assembly.GetExportedTypes().Where(t => t.IsClass))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicClasses))]
    public void Public_classes_are_sealed_or_static(string name)
    {
        var type = typeof(ArticleHistory).Assembly.GetType(name)!;

        Assert.True(type.IsSealed, $"{name} is neither sealed nor static.");
    }

    [Theory]
    [MemberData(nameof(PublicClasses))]
    public void Public_types_have_no_public_setters(string name)
    {
        var type = typeof(ArticleHistory).Assembly.GetType(name)!;
        if (Resources.Contains(name) || typeof(Exception).IsAssignableFrom(type))
        {
            return;
        }

        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name)
            .ToArray();

        Assert.Empty(setters);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
