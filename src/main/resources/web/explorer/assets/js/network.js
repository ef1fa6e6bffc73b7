// Pure functions that turn the rows of the shared-initiative queries into a capped network.

/**
 * Mechanisms from the rows of explorer-shared-edges, with the regions that mention them, keeping
 * those mentioned by at least minRegions regions; sorted by number of regions, then label.
 */
export function sharedMechanisms(edgeRows, minRegions) {
  const byIri = new Map();
  for (const row of edgeRows) {
    let m = byIri.get(row.mechanism);
    if (!m) {
      m = { iri: row.mechanism, label: row.mechanismLabel, kind: row.kind, regions: new Map(), firstYear: null, lastYear: null };
      byIri.set(row.mechanism, m);
    }
    m.regions.set(row.region, row);
    if (row.firstYear && (!m.firstYear || row.firstYear < m.firstYear)) m.firstYear = row.firstYear;
    if (row.lastYear && (!m.lastYear || row.lastYear > m.lastYear)) m.lastYear = row.lastYear;
  }
  return [...byIri.values()]
    .filter((m) => m.regions.size >= minRegions)
    .sort((a, b) => b.regions.size - a.regions.size || a.label.localeCompare(b.label, 'zh') || a.iri.localeCompare(b.iri));
}

/**
 * The part of the network that fits in cap nodes: mechanisms in order (most shared first), each
 * with its regions, then the bodies linked to shown mechanisms. Says how much was left out.
 * bodyRows: rows of explorer-shared-bodies (may be empty).
 */
export function capNetwork(mechanisms, bodyRows, cap) {
  const shown = [];
  const regions = new Map();
  for (const m of mechanisms) {
    const newRegions = [...m.regions.keys()].filter((r) => !regions.has(r));
    if (shown.length + regions.size + 1 + newRegions.length > cap) break;
    shown.push(m);
    for (const r of newRegions) regions.set(r, m.regions.get(r));
  }
  const shownIris = new Set(shown.map((m) => m.iri));
  const bodies = new Map();
  const bodyLinks = [];
  for (const row of bodyRows) {
    if (!shownIris.has(row.mechanism)) continue;
    if (!bodies.has(row.body)) {
      if (shown.length + regions.size + bodies.size + 1 > cap) continue;
      bodies.set(row.body, row);
    }
    bodyLinks.push(row);
  }
  const allRegions = new Set(mechanisms.flatMap((m) => [...m.regions.keys()]));
  const allBodies = new Set(bodyRows.filter((row) => mechanisms.some((m) => m.iri === row.mechanism)).map((row) => row.body));
  const total = mechanisms.length + allRegions.size + allBodies.size;
  const used = shown.length + regions.size + bodies.size;
  return { mechanisms: shown, regions, bodies, bodyLinks, omittedNodes: total - used, omittedMechanisms: mechanisms.length - shown.length };
}

/** Cytoscape elements of the region-mechanism network. */
export function networkElements(net) {
  const nodes = [];
  const edges = [];
  for (const m of net.mechanisms) {
    nodes.push({ group: 'nodes', classes: 'mechanism', data: { id: m.iri, label: m.label, weight: m.regions.size } });
    for (const [region, row] of m.regions) {
      if (!net.regions.has(region)) continue;
      edges.push({ group: 'edges', data: { id: m.iri + ' ' + region, source: region, target: m.iri, weight: Number(row.reports) } });
    }
  }
  for (const [region, row] of net.regions) {
    nodes.push({ group: 'nodes', classes: 'region', data: { id: region, label: row.regionLabel || region, weight: 1 } });
  }
  for (const [body, row] of net.bodies) {
    nodes.push({ group: 'nodes', classes: 'body', data: { id: body, label: row.bodyLabel || body, weight: 1 } });
  }
  for (const row of net.bodyLinks) {
    if (!net.bodies.has(row.body)) continue;
    edges.push({ group: 'edges', classes: 'body-link', data: { id: row.body + ' ' + row.mechanism, source: row.body, target: row.mechanism, weight: Number(row.reports) } });
  }
  return [...nodes, ...edges];
}

/**
 * Cytoscape elements of the co-occurrence network among the shown mechanisms: an edge between two
 * mechanisms weighs the number of reports that mention both (rows of explorer-report-mechanisms).
 */
export function cooccurrenceElements(mechanisms, reportRows) {
  const shown = new Set(mechanisms.map((m) => m.iri));
  const byReport = new Map();
  for (const row of reportRows) {
    if (!shown.has(row.mechanism)) continue;
    if (!byReport.has(row.report)) byReport.set(row.report, new Set());
    byReport.get(row.report).add(row.mechanism);
  }
  const shared = new Map();
  for (const inReport of byReport.values()) {
    const sorted = [...inReport].sort();
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) {
        const key = sorted[i] + ' ' + sorted[j];
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const nodes = mechanisms.map((m) => ({ group: 'nodes', classes: 'mechanism', data: { id: m.iri, label: m.label, weight: m.regions.size } }));
  const edges = [...shared].map(([key, reports]) => {
    const [source, target] = key.split(' ');
    return { group: 'edges', classes: 'cooccurrence', data: { id: key, source, target, weight: reports } };
  });
  return [...nodes, ...edges];
}
