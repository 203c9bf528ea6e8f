// Demo-like planning data for the planning tests and benchmark: a structure in Europe/Paris, its
// staff with qualifications, skills, mobility and sectors, slots as the server sent them, and a
// contract with interventions. Records arrive through LocalStore::applyPage, as a pull brings them.
#pragma once

#include "core/domain/availabilityslot.h"
#include "core/domain/contract.h"
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/staffmember.h"
#include "core/domain/structure.h"
#include "core/store/localstore.h"

#include <QJsonArray>
#include <QTimeZone>

namespace releve::testing {

struct PlanningFixture
{
    QString structureId = domain::newId();
    QString otherStructureId = domain::newId();
    QTimeZone paris { "Europe/Paris" };
    QList<store::LocalStore::Change> changes;
    qint64 version = 0;

    void add(const QString &entity, const QJsonObject &data)
    {
        changes.append(
            { entity, data.value(QStringLiteral("id")).toString(), ++version, false, data });
    }

    void addStructure(const QString &id, const QString &name)
    {
        domain::Structure structure;
        structure.id = id;
        structure.name = name;
        structure.departement = QStringLiteral("23");
        add(domain::entity::structure, structure.toJson());
    }

    QString addStaff(const QString &first, const QString &last, const QString &qualification,
                     const QStringList &skills, const QString &mobility, const QString &sector,
                     const QString &structure = {})
    {
        domain::StaffMember staff;
        staff.id = domain::newId();
        staff.structureId = structure.isEmpty() ? structureId : structure;
        staff.firstName = first;
        staff.lastName = last;
        staff.qualification = qualification;
        staff.skills = skills;
        staff.mobility = mobility;
        staff.home = { 46.17, 1.87 };
        QJsonObject data = staff.toJson();
        if (!sector.isEmpty())
            data.insert(QStringLiteral("sector"), sector);
        add(domain::entity::staff, data);
        return staff.id;
    }

    QDateTime at(QDate day, QTime time) const { return QDateTime(day, time, paris).toUTC(); }

    QJsonObject slot(const QString &staffId, QDate day, QTime start, QTime end,
                     const QString &kind = QStringLiteral("available")) const
    {
        domain::AvailabilitySlot slot;
        slot.id = domain::newId();
        slot.structureId = structureId;
        slot.staffId = staffId;
        slot.start = at(day, start);
        slot.end = at(end == QTime(0, 0) ? day.addDays(1) : day, end);
        slot.kind = kind;
        return slot.toJson();
    }

    QString addSlot(const QString &staffId, QDate day, QTime start, QTime end,
                    const QString &kind = QStringLiteral("available"))
    {
        const QJsonObject data = slot(staffId, day, start, end, kind);
        add(domain::entity::availability, data);
        return data.value(QStringLiteral("id")).toString();
    }

    QString addContract(const QString &staffId, const QString &number,
                        const QList<std::pair<QDateTime, QDateTime>> &interventions)
    {
        domain::Contract contract;
        contract.id = domain::newId();
        contract.structureId = structureId;
        contract.number = number;
        contract.requestId = domain::newId();
        contract.proposalId = domain::newId();
        contract.lender.structureId = structureId;
        contract.lender.name = QStringLiteral("ADMR Aubusson");
        contract.user.structureId = otherStructureId;
        contract.user.name = QStringLiteral("Guéret Domicile Services");
        contract.staffId = staffId;
        contract.staffName = QStringLiteral("—");
        contract.missionCommune = QStringLiteral("Saint-Vaury");
        contract.hourlyRateCents = 2222;
        contract.status = QStringLiteral("active");
        for (const auto &[start, end] : interventions)
            contract.interventions.append({ domain::newId(), start, end });
        add(domain::entity::contract, contract.toJson());
        return contract.id;
    }

    bool apply(store::LocalStore &store)
    {
        const auto applied = store.applyPage(changes, QStringLiteral("cursor-%1").arg(version));
        changes.clear();
        return applied.ok();
    }
};

} // namespace releve::testing
