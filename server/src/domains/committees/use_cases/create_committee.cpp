#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/committees/committees.hpp"

namespace zhixie::committees {

int64_t create(storage::Tx& tx, const audit::Actor& actor, const NewCommittee& c) {
    static const std::vector<std::string> levels = {"national", "province", "city", "county"};
    if (std::find(levels.begin(), levels.end(), c.level) == levels.end())
        throw AppError::invalid_field("level");
    if (tx.one("SELECT id FROM committees WHERE code = :c", {{"c", c.code}}))
        throw AppError::conflict("duplicate", {{"field", "code"}});
    storage::Value parent = c.parent_id ? storage::Value(*c.parent_id) : storage::Value{};
    int64_t id = tx.insert(
        "INSERT INTO committees (parent_id, code, name, short_name, level, region, created_at) VALUES (:p, "
        ":code, "
        ":name, :short, :level, :region, :now) RETURNING id",
        {{"p", parent},
         {"code", c.code},
         {"name", c.name},
         {"short", c.short_name},
         {"level", c.level},
         {"region", c.region},
         {"now", clock::now_iso()}});
    audit::Actor a = actor;
    if (!a.committee_id) a.committee_id = id;
    audit::append(tx, a, "committee.created", "committee", std::to_string(id),
                  {{"after", {{"code", c.code}, {"name", c.name}, {"level", c.level}}}});
    return id;
}

}  // namespace zhixie::committees
