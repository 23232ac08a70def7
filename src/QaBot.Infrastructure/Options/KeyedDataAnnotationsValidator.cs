using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace QaBot.Infrastructure.Options;

/// <summary>
/// Data-annotation validation whose failures name the configuration key (<c>Storage:RetentionDays</c>), so a bad
/// value stops the start with a message the admin can act on. The built-in validator names only the property. Values
/// that cannot be converted to their property's type are reported first (the options were not bound from them).
/// </summary>
public sealed class KeyedDataAnnotationsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    private readonly string _section;
    private readonly IConfiguration _configuration;

    public KeyedDataAnnotationsValidator(string section, IConfiguration configuration)
    {
        _section = section;
        _configuration = configuration;
    }

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (ConfigurationValueCheck.Failures(_configuration.GetSection(_section), typeof(TOptions)) is { Count: > 0 } unconvertible)
        {
            return ValidateOptionsResult.Fail(unconvertible);
        }

        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options, null, new Dictionary<object, object?> { [typeof(IConfiguration)] = _configuration }), results, validateAllProperties: true))
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
