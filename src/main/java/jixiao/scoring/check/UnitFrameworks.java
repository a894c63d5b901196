package jixiao.scoring.check;

import jixiao.scoring.UnitFramework;
import jixiao.scoring.value.ChineseText;
import org.jspecify.annotations.Nullable;

/** Finding a framework item by the name a report prints ("三公经费 控制率" is 三公经费控制率); none for no name. */
public final class UnitFrameworks {
    private UnitFrameworks() {}

    public static UnitFramework.@Nullable Item item(UnitFramework framework, @Nullable String printedName) {
        for (UnitFramework.Item item : framework.items()) {
            if (sameName(item.name(), printedName)) {
                return item;
            }
        }
        return null;
    }

    public static boolean sameName(String name, @Nullable String printedName) {
        return printedName != null && ChineseText.normalize(name).equals(ChineseText.normalize(printedName));
    }
}
