#include "core/error.hpp"
#include "domains/org/list_rules.hpp"
#include "domains/org/lists.hpp"

namespace zhixie::org {

namespace {

// convener_member_id → convener_name
std::string member_name_key(const std::string& field) {
    return field.substr(0, field.size() - std::string("_member_id").size()) + "_name";
}

std::string select_sql(const ListSpec& spec) {
    std::string sql = "SELECT t.id, t.name, t.version";
    for (const auto& f : spec.fields) {
        sql += ", t." + f.name;
        if (f.type == FieldType::member)
            sql += ", (SELECT m.name FROM members m WHERE m.id = t." + f.name +
                   " AND m.committee_id = t.committee_id) AS " + member_name_key(f.name);
    }
    return sql + ", (" + spec.usage_sql + ") AS usage_count FROM " + spec.table + " t";
}

nlohmann::json row_json(const ListSpec& spec, const storage::Row& r) {
    auto o = r.json();
    o.erase("usage_count");
    o[spec.usage_key] = r.i("usage_count");
    return o;
}

}  // namespace

void check_entry_values(storage::Tx& tx, const ListSpec& spec, int64_t committee_id, const Changes& values,
                        std::optional<int64_t> except_id) {
    for (const auto& [column, value] : values) {
        if (column == "name" &&
            tx.one("SELECT id FROM " + spec.table + " WHERE committee_id = :c AND name = :n AND id <> :x",
                   {{"c", committee_id}, {"n", value}, {"x", except_id.value_or(0)}}))
            throw AppError::conflict("duplicate", {{"field", "name"}});
        for (const auto& f : spec.fields)
            if (f.name == column && f.type == FieldType::member && std::holds_alternative<int64_t>(value))
                check_member(tx, committee_id, std::get<int64_t>(value), column);
    }
}

nlohmann::json entry_json(storage::Tx& tx, const ListSpec& spec, int64_t committee_id, int64_t id) {
    auto r = tx.one(select_sql(spec) + " WHERE t.id = :id AND t.committee_id = :c",
                    {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    return row_json(spec, *r);
}

nlohmann::json get_entry(storage::Db& db, const auth::Principal& me, const ListSpec& spec, int64_t id) {
    auto tx = db.read();
    return entry_json(tx, spec, me.committee_id, id);
}

nlohmann::json list_entries(storage::Db& db, const auth::Principal& me, const ListSpec& spec,
                            const ListQuery& q) {
    auto tx = db.read();
    std::string where = " WHERE t.committee_id = :c";
    storage::Params p{{"c", me.committee_id}};
    if (!q.q.empty()) {
        where += " AND t.name LIKE :q";
        p.emplace_back("q", "%" + q.q + "%");
    }
    for (const auto& f : spec.fields) {
        auto it = q.equal.find(f.name);
        if (f.type != FieldType::choice || it == q.equal.end() || it->second.empty()) continue;
        check_choice(f.name, it->second, f.choices);
        where += " AND t." + f.name + " = :eq_" + f.name;
        p.emplace_back("eq_" + f.name, it->second);
    }
    const int64_t total = tx.one("SELECT COUNT(*) AS n FROM " + spec.table + " t" + where, p)->i("n");
    p.emplace_back("lim", q.page_size);
    p.emplace_back("off", (q.page - 1) * q.page_size);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r :
         tx.query(select_sql(spec) + where + " ORDER BY " + spec.order_by + " LIMIT :lim OFFSET :off", p))
        items.push_back(row_json(spec, r));
    return {{"items", items}, {"total", total}};
}

}  // namespace zhixie::org
