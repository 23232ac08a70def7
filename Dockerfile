# syntax=docker/dockerfile:1
# QaBot service image: `qabot run` on port 8080. Build from the repository root: docker build -t qabot .
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The image's architecture (BuildKit sets it; amd64 or arm64): publishing for one runtime keeps only its native
# libraries (about 100 MB instead of 680 MB with every platform's ML.NET, SkiaSharp and SQLite binaries).
ARG TARGETARCH
WORKDIR /src
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig QaBot.sln ./
COPY src/QaBot.Core/QaBot.Core.csproj src/QaBot.Core/
COPY src/QaBot.Infrastructure/QaBot.Infrastructure.csproj src/QaBot.Infrastructure/
COPY src/QaBot.Host/QaBot.Host.csproj src/QaBot.Host/
RUN dotnet restore src/QaBot.Host/QaBot.Host.csproj -a $TARGETARCH
COPY src/ src/
COPY config/ config/
RUN dotnet publish src/QaBot.Host/QaBot.Host.csproj -c Release -a $TARGETARCH --self-contained false -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# DejaVu (Latin, Cyrillic) and Noto CJK (Chinese, Japanese, Korean names) for chart PNGs; curl for the container health check.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-noto-cjk curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    Urls=http://0.0.0.0:8080 \
    QABOT_CONFIG_DIR=/app/config \
    Storage__DataDirectory=/var/lib/qabot
# The nightly retraining job replaces models in place: the models folder belongs to the service user.
RUN mkdir -p /var/lib/qabot && chown app /var/lib/qabot && chown -R app /app/config/models
USER app
VOLUME /var/lib/qabot
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 CMD curl -fsS http://localhost:8080/alive || exit 1
ENTRYPOINT ["dotnet", "qabot.dll"]
CMD ["run"]
