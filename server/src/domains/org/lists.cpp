#include "domains/org/lists.hpp"

#include <stdexcept>

#include "core/dates.hpp"
#include "core/error.hpp"
#include "core/field_errors.hpp"
#include "core/input.hpp"
#include "core/text.hpp"

namespace zhixie::org {

const std::vector<ListSpec>& list_specs() {
    static const std::vector<ListSpec> specs = {
        {"sectors",
         "sectors",
         "sector",
         {{"sort", FieldType::integer}},
         "t.sort, t.id",
         "member_count",
         "SELECT COUNT(*) FROM members m WHERE m.sector_id = t.id"},
        {"township-groups",
         "township_groups",
         "township_group",
         {{"township", FieldType::text, 50}, {"convener_member_id", FieldType::member}},
         "t.id",
         "member_count",
         "SELECT COUNT(*) FROM members m WHERE m.township_group_id = t.id"},
        {"studios",
         "studios",
         "studio",
         {{"location", FieldType::text, 200},
          {"lead_member_id", FieldType::member},
          {"established_on", FieldType::date}},
         "t.id",
         "member_count",
         "SELECT COUNT(*) FROM members m WHERE m.studio_id = t.id"},
        {"units",
         "units",
         "unit",
         {{"kind", FieldType::choice, 0, {"department", "township", "other"}},
          {"contact_person", FieldType::text, 50},
          {"phone", FieldType::phone}},
         "CASE t.kind WHEN 'department' THEN 0 WHEN 'township' THEN 1 ELSE 2 END, t.id",
         "user_count",
         "SELECT COUNT(*) FROM user_units u WHERE u.unit_id = t.id",
         "SELECT COUNT(*) FROM proposal_units pu WHERE pu.unit_id = t.id"},
    };
    return specs;
}

const ListSpec& list_spec(const std::string& path) {
    for (const auto& s : list_specs())
        if (s.path == path) return s;
    throw std::out_of_range("no list " + path);
}

namespace {

storage::Value read_field(const ListField& f, const nlohmann::json& body) {
    switch (f.type) {
        case FieldType::integer:
            return *input::opt_int(body, f.name);
        case FieldType::member:
            return *input::opt_int(body, f.name);
        case FieldType::date: {
            auto d = dates::normalise(*input::opt_str(body, f.name, 20));
            if (!d && !text::trim(body[f.name].get<std::string>()).empty())
                throw AppError::invalid_field(f.name, "YYYY-MM-DD");
            return d.value_or("");
        }
        case FieldType::phone: {
            const std::string p = text::trim(*input::opt_str(body, f.name, 30));
            FieldErrors errors;
            if (!check::phone(errors, f.name, p)) throw AppError::invalid_field(f.name, "phone");
            return p;
        }
        case FieldType::choice: {
            const std::string v = *input::opt_str(body, f.name, 50);
            check_choice(f.name, v, f.choices);
            return v;
        }
        case FieldType::text:
            break;
    }
    return text::trim(*input::opt_str(body, f.name, f.max_chars));
}

}  // namespace

Changes read_fields(const ListSpec& spec, const nlohmann::json& body, bool creating) {
    Changes out;
    if (creating || input::opt_str(body, "name", 100))
        out.emplace_back("name", text::trim(input::req_str(body, "name", 100)));
    for (const auto& f : spec.fields) {
        const bool given = body.is_object() && body.contains(f.name);
        if (given && body[f.name].is_null() && f.type == FieldType::member)
            out.emplace_back(f.name, storage::Value{});
        else if (given && !body[f.name].is_null())
            out.emplace_back(f.name, read_field(f, body));
        else if (creating && f.type == FieldType::choice)
            out.emplace_back(f.name, f.choices.front());
    }
    return out;
}

}  // namespace zhixie::org
