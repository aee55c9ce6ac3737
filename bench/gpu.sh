#!/usr/bin/env bash
# The benchmark on a real GPU (issue 16): the same runs as `npm run bench`, with Chromium's GPU
# rasterisation and WebGL on and both pages (the app and the plain-Cytoscape baseline) drawing with
# Cytoscape's WebGL renderer, so its speed on real hardware is measured rather than guessed.
#
#   bench/gpu.sh                       # 1k, 10k and 50k, 5 runs each
#   bench/gpu.sh --sizes 10k --runs 3  # any option of `npm run bench`
#
# It stops with exit code 3 when there is no GPU: first when the machine shows no GPU device, then
# (in the benchmark itself, `--gpu`) when Chromium's WebGL renderer is a software one (SwiftShader,
# llvmpipe). It was written on a machine without a GPU and has not been run on one yet.
set -euo pipefail
cd "$(dirname "$0")/.."

has_gpu_device() {
  # Linux: a DRM render node (Intel, AMD, NVIDIA with its kernel driver) or NVIDIA's tool.
  compgen -G "/dev/dri/renderD*" >/dev/null 2>&1 && return 0
  command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1 && return 0
  # macOS always has one; Chromium's check in the benchmark still decides.
  [[ "$(uname -s)" == "Darwin" ]] && return 0
  return 1
}

if ! has_gpu_device; then
  echo "bench/gpu.sh: no GPU found (no /dev/dri/renderD* device, no working nvidia-smi)." >&2
  echo "Run it on a machine with a GPU and its drivers; \`npm run bench\` measures software rendering." >&2
  exit 3
fi

# Headless Chromium still uses the GPU with these flags (set by bench/browser.ts for --gpu);
# the benchmark stops if the WebGL renderer it reports is a software one.
exec npm run bench -- --gpu "$@"
