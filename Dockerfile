# Build: the .NET SDK plus Node.js, because the build installs the Banana Cake Pop IDE from npm.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/KnowledgeGraph.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY seeds ./seeds
COPY persisted ./persisted
# Ingested documents are kept in /app/data (mount a volume there); mutations need KG_API_KEY.
ENV ASPNETCORE_URLS=http://+:8080 \
    KnowledgeGraph__DocumentsPath=/app/seeds/documents \
    KnowledgeGraph__PersistedOperations__Path=/app/persisted \
    KnowledgeGraph__DataDir=/app/data
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["dotnet", "KnowledgeGraph.Api.dll"]
