#include "setcover.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <map>
#include <vector>

namespace releve::matching {

namespace {

// Greedy set cover: take the set that covers most still-uncovered elements (the better ranked
// one on ties), until every coverable element is covered, then drop members the others make
// redundant. Johnson (1974), Lovász (1975) and Chvátal (1979): the greedy family has at most
// H(d) ≤ ln(d) + 1 times as many sets as the smallest one, d being the largest set's size
// (d ≤ n, the number of elements).
SetCover greedyCover(const std::vector<std::vector<int>> &sets, int elementCount)
{
    std::vector<char> coverable(static_cast<size_t>(elementCount), 0);
    for (const auto &set : sets)
        for (int e : set)
            coverable[size_t(e)] = 1;
    std::vector<char> covered(size_t(elementCount), 0);
    qsizetype remaining = std::count(coverable.begin(), coverable.end(), 1);
    std::vector<int> members;
    while (remaining > 0) {
        int best = -1;
        int bestGain = 0;
        for (size_t i = 0; i < sets.size(); ++i) {
            int gain = 0;
            for (int e : sets[i])
                gain += covered[size_t(e)] ? 0 : 1;
            if (gain > bestGain) {
                best = int(i);
                bestGain = gain;
            }
        }
        if (best < 0)
            break;
        for (int e : sets[size_t(best)])
            covered[size_t(e)] = 1;
        remaining -= bestGain;
        members.push_back(best);
    }
    // Drop redundant members, the worst ranked first.
    std::sort(members.begin(), members.end());
    for (auto it = members.rbegin(); it != members.rend();) {
        std::vector<int> count(size_t(elementCount), 0);
        for (int m : members)
            for (int e : sets[size_t(m)])
                ++count[size_t(e)];
        const auto &set = sets[size_t(*it)];
        const bool redundant
            = std::all_of(set.begin(), set.end(), [&](int e) { return count[size_t(e)] > 1; });
        if (redundant) {
            members.erase(std::next(it).base());
            it = members.rbegin(); // restart: counts changed
        } else {
            ++it;
        }
    }
    SetCover result;
    result.members = QList<int>(members.begin(), members.end());
    return result;
}

} // namespace

SetCover smallestCover(const QList<QList<int>> &input, int elementCount, const CoverLimits &limits)
{
    std::vector<std::vector<int>> sets;
    sets.reserve(size_t(input.size()));
    for (const QList<int> &set : input) {
        std::vector<int> elements;
        for (int e : set)
            if (e >= 0 && e < elementCount)
                elements.push_back(e);
        std::sort(elements.begin(), elements.end());
        elements.erase(std::unique(elements.begin(), elements.end()), elements.end());
        sets.push_back(std::move(elements));
    }

    // Reduction that keeps the answer: elements covered by exactly the same sets are one
    // element (a family covers one iff it covers the other), and of sets covering the same
    // elements only the best ranked can belong to the preferred smallest family.
    std::vector<std::vector<int>> coveringSets(static_cast<size_t>(elementCount));
    for (size_t i = 0; i < sets.size(); ++i)
        for (int e : sets[i])
            coveringSets[size_t(e)].push_back(int(i));
    std::map<std::vector<int>, int> classOf;
    std::vector<int> elementClass(size_t(elementCount), -1);
    for (int e = 0; e < elementCount; ++e) {
        if (coveringSets[size_t(e)].empty())
            continue;
        const auto [it, added] = classOf.try_emplace(coveringSets[size_t(e)], int(classOf.size()));
        elementClass[size_t(e)] = it->second;
    }
    const int classCount = int(classOf.size());
    std::vector<int> distinctSets; // index of the best-ranked set of each distinct content
    std::map<std::vector<int>, int> seen;
    for (size_t i = 0; i < sets.size(); ++i)
        if (!sets[i].empty() && seen.try_emplace(sets[i], int(i)).second)
            distinctSets.push_back(int(i));

    if (classCount > limits.maxExactElements || int(distinctSets.size()) > limits.maxExactSets
        || classCount > 20)
        return greedyCover(sets, elementCount);

    // Exact: need[i][mask] = fewest sets among distinctSets[i…] that cover what `mask` lacks.
    // Reading the table forwards and taking a set whenever it keeps the optimum gives the same
    // family as enumerating subsets by increasing size in rank order and keeping the first
    // cover found, in (sets × 2^classes) steps instead of a combinatorial number.
    const int setCount = int(distinctSets.size());
    const uint32_t full = classCount == 0 ? 0 : (uint32_t(1) << classCount) - 1;
    std::vector<uint32_t> masks(size_t(setCount), 0);
    for (int i = 0; i < setCount; ++i)
        for (int e : sets[size_t(distinctSets[size_t(i)])])
            masks[size_t(i)] |= uint32_t(1) << elementClass[size_t(e)];
    constexpr uint8_t impossible = 255;
    const size_t width = size_t(full) + 1;
    std::vector<uint8_t> need(size_t(setCount + 1) * width, impossible);
    auto at = [&](int i, uint32_t mask) -> uint8_t & {
        return need[size_t(i) * width + mask];
    };
    at(setCount, full) = 0;
    for (int i = setCount - 1; i >= 0; --i) {
        for (uint32_t mask = 0; mask <= full; ++mask) {
            uint8_t best = at(i + 1, mask);
            const uint32_t with = mask | masks[size_t(i)];
            if (with != mask && at(i + 1, with) != impossible)
                best = std::min<uint8_t>(best, uint8_t(at(i + 1, with) + 1));
            at(i, mask) = best;
        }
    }
    SetCover result;
    result.exact = true;
    uint32_t mask = 0;
    for (int i = 0; i < setCount && mask != full; ++i) {
        const uint32_t with = mask | masks[size_t(i)];
        if (with != mask && at(i + 1, with) != impossible && at(i + 1, with) + 1 == at(i, mask)) {
            result.members.append(distinctSets[size_t(i)]);
            mask = with;
        }
    }
    return result;
}

} // namespace releve::matching
