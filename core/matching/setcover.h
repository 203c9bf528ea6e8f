// The smallest set cover the matcher uses to propose the fewest workers for a whole request
// (DESIGN.md, "Matching": continuity of care). Sets are workers, elements interventions.
#pragma once

#include <QList>

namespace releve::matching {

struct CoverLimits
{
    // Exact search while the instance, once reduced (see smallestCover), has at most this many
    // elements and sets; greedy beyond.
    int maxExactElements = 12;
    int maxExactSets = 40;
};

struct SetCover
{
    QList<int> members; // indices into the sets, ascending
    bool exact = false; // proven smallest; false when the greedy approximation was used
};

// sets[i] lists the elements (0 … elementCount − 1) that set i covers; sets come in order of
// preference (best first). Returns a smallest family of sets whose union is the union of all
// sets and, among smallest families, the one whose members rank best: its ascending list of
// indices compares lexicographically first. Elements no set covers are ignored.
SetCover smallestCover(const QList<QList<int>> &sets, int elementCount,
                       const CoverLimits &limits = {});

} // namespace releve::matching
