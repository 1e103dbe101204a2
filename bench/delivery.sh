#!/usr/bin/env bash
# Delivery API benchmark: seeds 10,000 bilingual items into a temp SQLite site, starts the real host in Release on
# loopback, and measures item by id, item by path and a filtered, sorted, paged query with wrk against a bare
# Kestrel baseline of the same response size. Usage: bash bench/delivery.sh [--items N] [--duration S] [--runs R]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package) ..."
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; else sudo apt-get update -qq && sudo apt-get install -y -qq wrk; fi
fi
dotnet build -c Release bench/SelfHelp.Bench.Delivery/SelfHelp.Bench.Delivery.csproj -nologo -v quiet
dotnet bench/SelfHelp.Bench.Delivery/bin/Release/net10.0/SelfHelp.Bench.Delivery.dll run --repo "$PWD" "$@"
