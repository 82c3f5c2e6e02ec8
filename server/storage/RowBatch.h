#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace adp::server::storage {

// Rows for Connection::copyIn, value by value in one buffer: the path of a million rows skips a
// QVariant (and an allocation) per value. Integers, UTF-8 text and NULL.
class RowBatch
{
public:
    struct Value
    {
        enum class Kind : quint8 { Null, Integer, Text } kind = Kind::Null;
        qint64 integer = 0;
        qsizetype offset = 0; // Text: where it lies in the batch's bytes
        qsizetype size = 0;
    };

    explicit RowBatch(int columns)
        : m_columns(columns)
    {
    }

    RowBatch &add(qint64 value)
    {
        m_values.append(Value{Value::Kind::Integer, value, 0, 0});
        return *this;
    }
    RowBatch &add(QByteArrayView utf8)
    {
        m_values.append(Value{Value::Kind::Text, 0, m_text.size(), utf8.size()});
        m_text.append(utf8);
        return *this;
    }
    RowBatch &add(const QString &text) { return add(QByteArrayView(text.toUtf8())); }
    RowBatch &addNull()
    {
        m_values.append(Value{});
        return *this;
    }

    int columns() const { return m_columns; }
    qsizetype rows() const { return m_values.size() / m_columns; }
    bool isEmpty() const { return m_values.isEmpty(); }
    bool complete() const { return m_values.size() % m_columns == 0; } // no row half-added
    qsizetype bytes() const { return m_text.size() + m_values.size() * qsizetype(sizeof(Value)); }
    const Value &at(qsizetype row, int column) const { return m_values.at(row * m_columns + column); }
    QByteArrayView text(const Value &value) const { return QByteArrayView(m_text).sliced(value.offset, value.size); }
    void clear() // keeps the memory for the next batch
    {
        m_values.clear();
        m_text.resize(0);
    }

private:
    int m_columns;
    QList<Value> m_values;
    QByteArray m_text;
};

} // namespace adp::server::storage
