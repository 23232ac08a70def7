using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace QaBot.Infrastructure.Options;

/// <summary>
/// Finds configured values that cannot become the type of the option property they bind to. The binder throws on a bad
/// scalar (a stack trace that names no key an admin can act on, and echoes the value) and silently drops a bad list
/// element or dictionary key (<c>Access:Admins:0=abc</c> would leave no admin and say nothing), so every value is
/// checked before binding and reported with its key.
/// </summary>
public static class ConfigurationValueCheck
{
    public static IReadOnlyList<string> Failures(IConfigurationSection section, Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(section);
        var failures = new List<string>();
        CheckObject(section, optionsType, failures);
        return failures;
    }

    private static void CheckObject(IConfigurationSection section, Type type, List<string> failures)
    {
        foreach (var child in section.GetChildren())
        {
            // Keys no property binds to are ignored by the binder, so they are ignored here too.
            if (type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property)
            {
                CheckValue(child, property.PropertyType, failures);
            }
        }
    }

    private static void CheckValue(IConfigurationSection section, Type type, List<string> failures)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || target == typeof(object))
        {
            return;
        }

        if (IsScalar(target))
        {
            // The binder reads an empty value as null for a nullable property and fails on it otherwise.
            var emptyMeansNull = target != type && section.Value?.Length == 0;
            if (section.Value is { } value && !emptyMeansNull && !Converts(value, target))
            {
                failures.Add($"{section.Path}: must be {Describe(target)}");
            }

            return;
        }

        if (DictionaryTypes(target) is var (keyType, valueType))
        {
            foreach (var entry in section.GetChildren())
            {
                if (keyType != typeof(string) && !Converts(entry.Key, keyType))
                {
                    failures.Add($"{entry.Path}: the key must be {Describe(keyType)}");
                }

                CheckValue(entry, valueType, failures);
            }

            return;
        }

        if (ElementType(target) is { } elementType)
        {
            foreach (var element in section.GetChildren())
            {
                CheckValue(element, elementType, failures);
            }

            return;
        }

        if (target.IsClass)
        {
            CheckObject(section, target, failures);
        }
    }

    private static bool IsScalar(Type type) => type.IsEnum || TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string));

    private static bool Converts(string value, Type type)
    {
        try
        {
            // The binder's own conversion, so what passes here binds.
            _ = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            return false;
        }
    }

    private static (Type Key, Type Value)? DictionaryTypes(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>))
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        return dictionary?.GetGenericArguments() is [var key, var value] ? (key, value) : null;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
            || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte) => "a whole number",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number (use a dot for decimals, e.g. 0.8)",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(TimeSpan) => "a duration, e.g. 00:00:05 (hh:mm:ss)",
        _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
        _ => $"a {type.Name}",
    };
}
