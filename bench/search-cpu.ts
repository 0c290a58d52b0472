// CPU time of a Chromium profile's processes (Linux /proc), for A/B runs on a busy machine: wall
// times move with the load of others, the work a query set costs the browser (its renderer,
// IndexedDB in the browser process, the extension's worker) much less.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: string): { ppid: string; ticks: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: f[1]!, ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

/** ms of CPU used so far by the browser started with `--user-data-dir=<profile>` and all its descendants. */
export function browserCpuMs(profile: string): number {
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const pid of pids) {
    const s = stat(pid);
    if (!s) continue;
    children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes(`--user-data-dir=${profile}`) && !cmd.includes('--type=')) roots.push(pid);
    } catch {
      /* gone */
    }
  }
  let ticks = 0;
  const seen = new Set<string>();
  const walk = (pid: string) => {
    if (seen.has(pid)) return;
    seen.add(pid);
    ticks += stat(pid)?.ticks ?? 0;
    for (const c of children.get(pid) ?? []) walk(c);
  };
  roots.forEach(walk);
  return ticks * TICK_MS;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The `top` functions by self time (ms) in a V8 CPU profile, as printable lines (GC shows as "(garbage collector)"). */
export function selfTimes(profile: CpuProfile, top = 20): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`);
}
