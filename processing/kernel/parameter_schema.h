#pragma once

#include "core/error.h"
#include "kernel/parameter.h"

#include <functional>
#include <string>
#include <vector>

namespace hb::steps {

// Binds the members of a step's parameter struct P to their declarations. The defaults are the
// member initialisers of P (read from P{}), so a default lives in exactly one place; the panel,
// pipeline files, CLI and HISTORY cards all go through toValues() / fromValues().
template <class P>
class ParameterSchema {
public:
    ParameterSchema& number(double P::*member, ParamSpec spec) { return bind(member, ParamType::Number, std::move(spec)); }
    ParameterSchema& integer(long long P::*member, ParamSpec spec) { return bind(member, ParamType::Integer, std::move(spec)); }
    ParameterSchema& flag(bool P::*member, ParamSpec spec) { return bind(member, ParamType::Flag, std::move(spec)); }
    ParameterSchema& choice(std::string P::*member, ParamSpec spec) { return bind(member, ParamType::Choice, std::move(spec)); }
    ParameterSchema& file(std::string P::*member, ParamSpec spec) { return bind(member, ParamType::File, std::move(spec)); }
    ParameterSchema& text(std::string P::*member, ParamSpec spec) { return bind(member, ParamType::Text, std::move(spec)); }

    const std::vector<ParamSpec>& specs() const noexcept { return m_specs; }

    ParamValues toValues(const P& params) const
    {
        ParamValues values;
        for (std::size_t i = 0; i < m_specs.size(); ++i)
            values[m_specs[i].key] = m_get[i](params);
        return values;
    }

    // Keys missing from `values` keep their defaults. An unknown key or an invalid value throws
    // hb::Error naming `source` (the step id or pipeline file) and the key.
    P fromValues(const ParamValues& values, const std::string& source) const
    {
        P params{};
        for (const auto& [key, value] : values) {
            const std::size_t i = indexOf(key);
            if (i == m_specs.size())
                throw Error(source, "has no parameter \"" + key + "\"");
            if (const std::string problem = checkValue(m_specs[i], value); !problem.empty())
                throw Error(source, "parameter \"" + key + "\" " + problem);
            m_set[i](params, value);
        }
        return params;
    }

private:
    template <class T>
    ParameterSchema& bind(T P::*member, ParamType type, ParamSpec spec)
    {
        spec.type = type;
        spec.defaultValue = P{}.*member;
        m_specs.push_back(std::move(spec));
        m_get.push_back([member](const P& p) -> ParamValue { return p.*member; });
        m_set.push_back([member](P& p, const ParamValue& v) { p.*member = std::get<T>(v); });
        return *this;
    }

    std::size_t indexOf(const std::string& key) const
    {
        std::size_t i = 0;
        while (i < m_specs.size() && m_specs[i].key != key)
            ++i;
        return i;
    }

    std::vector<ParamSpec> m_specs;
    std::vector<std::function<ParamValue(const P&)>> m_get;
    std::vector<std::function<void(P&, const ParamValue&)>> m_set;
};

} // namespace hb::steps
