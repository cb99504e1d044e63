#include "domains/staff/internal.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::staff {

const std::vector<import::Column>& roster_columns() {
    static const std::vector<import::Column> columns = {
        {"name", "姓名", {}, true},
        {"gender", "性别", {}, true},
        {"birth_date", "出生日期", {"出生年月"}},
        {"id_card", "身份证号", {"身份证号码", "公民身份号码"}},
        {"phone", "手机号码", {"手机号", "联系电话", "电话"}},
        {"rank", "职级", {}},
        {"post", "职务", {"岗位"}},
        {"body", "所在机构", {"工作机构", "部门", "科室"}},
        {"status", "状态", {"在职状态"}},
        {"joined_on", "入职日期", {"到岗日期"}},
        {"left_on", "离职日期", {"调离日期", "离开日期"}},
    };
    return columns;
}

std::string export_xlsx(storage::Db& db, const auth::Principal& me, Query q) {
    auto tx = db.read();
    auto [where, p] = where_of(q, me.committee_id);
    exporting::Sheet sheet{"机关干部", {}, {}};
    for (const auto& c : roster_columns())
        sheet.header.push_back(c.header);
    for (const auto& r :
         tx.query("SELECT s.name, s.gender, s.birth_date, s.id_card, s.phone, s.rank, s.post, b.name AS "
                  "body, s.status, "
                  "s.joined_on, s.left_on FROM staff s LEFT JOIN bodies b ON b.id = s.body_id" +
                      where + " ORDER BY s.name_pinyin, s.id",
                  p)) {
        std::vector<std::string> row;
        for (const auto& c : roster_columns())
            row.push_back(r.s(c.field));
        sheet.rows.push_back(std::move(row));
    }
    return exporting::to_xlsx(sheet);
}

}  // namespace zhixie::staff
