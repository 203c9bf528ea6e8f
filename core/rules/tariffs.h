// Hourly and kilometric rates, and money arithmetic in integer cents (DESIGN.md, "Tariffs"):
// amounts are never floating point; every division states its rounding.
#pragma once

#include <QtGlobal>

#include <optional>

class QLocale;
class QString;

namespace releve::rules {

// The département's hourly tariff in the CPOM: "22,22 €" (CPOM Creuse 2022), the default
// hourly rate of a structure.
inline constexpr qint64 creuseHourlyRateCents = 2222;

// Kilometric allowance of the associations' branch (IDCC 2941), €0.38/km for a car since
// 1 October 2022, avenant 50-2022 (lemediasocial.fr; reference/domain-facts.md).
inline constexpr qint64 branchKmRateCents = 38;
// The kilometric rate the CPOM Creuse 2022 estimates use, €0.40/km (no branch-level source).
inline constexpr qint64 cpomKmRateCents = 40;

// The national minimum hourly rate (tarif plancher) for APA and PCH hours, in cents:
// 2022: 22.00 € (arrêté 30/12/2021, LFSS 2022 art. 44); 2023: 23.00 € (arrêté end 2022);
// 2024: 23.50 € (décret 2/01/2024, JORFTEXT000048798043); 2025: 24.58 € (D.314-130-1).
// A rate stays in force until the next one: later years return the latest known rate (the
// 2026 figure of 25.00 € has a single secondary source and is left out until confirmed).
// No national minimum before 2022: std::nullopt.
constexpr std::optional<qint64> nationalMinimumHourlyRateCents(int year)
{
    if (year < 2022)
        return std::nullopt;
    switch (year) {
    case 2022:
        return 2200;
    case 2023:
        return 2300;
    case 2024:
        return 2350;
    default:
        return 2458;
    }
}

// numerator ÷ denominator rounded half up (half away from zero for negative amounts);
// denominator > 0.
constexpr qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator)
{
    return numerator >= 0 ? (numerator + denominator / 2) / denominator
                          : -((-numerator + denominator / 2) / denominator);
}

// The amount for `minutes` of work at an hourly rate, in cents, rounded half up to the cent:
// 55 min at 22.22 €/h = 122 210 / 60 = 2036.83… → 2037 cents.
constexpr qint64 amountForMinutes(qint64 minutes, qint64 hourlyRateCents)
{
    return divideRoundHalfUp(minutes * hourlyRateCents, 60);
}

// The kilometric allowance for whole kilometres, in cents (exact).
constexpr qint64 amountForKilometres(qint64 kilometres, qint64 kmRateCents)
{
    return kilometres * kmRateCents;
}

// An amount in cents as people read it, in the locale's currency format with the euro sign:
// French "22,22 €", English "€22.22". Exact for any amount (no floating point).
QString formatEuros(qint64 cents, const QLocale &locale);

} // namespace releve::rules
