// Expected failures as values: a machine code, the field at fault and a message for people
// (STYLE.md, "Errors"). Exceptions never cross a layer boundary.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace releve::domain {

struct Error
{
    QString code; // machine-readable: "required", "invalid_type", "out_of_range", "not_found"…
    QString field; // dotted path of the field at fault ("interventions[2].end"), may be empty
    QString message; // for people, in English (the source language); UIs translate by code

    bool isNull() const { return code.isEmpty(); }
    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &object);
    QString toString() const;
};

using Errors = QList<Error>;

// A value or the errors that kept it from being made.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_errors{ std::move(error) } { }
    Result(Errors errors) : m_errors(std::move(errors)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Errors &errors() const { return m_errors; }
    Error error() const { return m_errors.isEmpty() ? Error{} : m_errors.first(); }

private:
    std::optional<T> m_value;
    Errors m_errors;
};

} // namespace releve::domain
