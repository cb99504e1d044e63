#pragma once
// Sectors (界别), township activity groups (乡镇政协活动组) with their convener, member studios (委员工作室)
// and handling units (承办单位) are each a committee's list of named entries with a few typed fields. One
// description per list (list_specs) drives one use case per verb for all four, and their routes.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "domains/org/org.hpp"
#include "storage/db.hpp"

namespace zhixie::org {

enum class FieldType { text, integer, date, phone, choice, member };

struct ListField {
    std::string name;  // column and JSON key
    FieldType type = FieldType::text;
    size_t max_chars = 100;            // text
    std::vector<std::string> choices;  // choice: the allowed values, the first is the default
};

struct ListSpec {
    std::string path;         // under /api/v1/org/
    std::string table;        // its table (with id, committee_id, name, version)
    std::string object_type;  // audit object type and route resource kind
    std::vector<ListField> fields;
    std::string order_by;   // over the entry `t`
    std::string usage_key;  // the JSON key of the usage count: member_count, user_count
    std::string usage_sql;  // a scalar subquery over `t`: how many rows still point at the entry
    // A scalar subquery over `t`: how many records of other domains name the entry (a unit's proposals); they
    // keep it from being deleted as the usage count does. Empty when none do.
    std::string records_sql = {};
};

const std::vector<ListSpec>& list_specs();

// The spec's fields present in a JSON body, typed and checked (400 naming the field); `name` is required
// when creating. A member link given as null is cleared.
Changes read_fields(const ListSpec& spec, const nlohmann::json& body, bool creating);

struct ListQuery {
    std::string q;                             // part of the name
    std::map<std::string, std::string> equal;  // choice fields to match exactly (units: kind)
    int64_t page = 1;
    int64_t page_size = 200;
};
nlohmann::json list_entries(storage::Db& db, const auth::Principal& me, const ListSpec& spec,
                            const ListQuery& q);
nlohmann::json entry_json(storage::Tx& tx, const ListSpec& spec, int64_t committee_id, int64_t id);
nlohmann::json get_entry(storage::Db& db, const auth::Principal& me, const ListSpec& spec, int64_t id);

int64_t create_entry(storage::Tx& tx, const audit::Actor& actor, const ListSpec& spec, int64_t committee_id,
                     const Changes& values);
nlohmann::json add_entry(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                         const ListSpec& spec, const Changes& values);
nlohmann::json update_entry(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                            const ListSpec& spec, int64_t id, int64_t version, const Changes& values);
// Refused (409 in_use) while anything still points at the entry.
void delete_entry(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, const ListSpec& spec,
                  int64_t id);

// The spec of a list by path ("sectors"); throws std::out_of_range for an unknown one.
const ListSpec& list_spec(const std::string& path);

}  // namespace zhixie::org
