using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace QaBot.Infrastructure.Options;

/// <summary>
/// Data-annotation validation whose failures name the configuration key (<c>Storage:RetentionDays</c>), so a bad
/// value stops the start with a message the admin can act on. The built-in validator names only the property.
/// </summary>
public sealed class KeyedDataAnnotationsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    private readonly string _section;

    public KeyedDataAnnotationsValidator(string section)
    {
        _section = section;
    }

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        var failures = results.Select(r =>
        {
            var members = r.MemberNames.Any() ? r.MemberNames : [string.Empty];
            return string.Join("; ", members.Select(m => $"{_section}:{m}: {r.ErrorMessage}"));
        });
        return ValidateOptionsResult.Fail(failures);
    }
}
