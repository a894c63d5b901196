package jixiao.scoring.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void amountsInTheReportUnitAreTheExactQuotient() {
        BigDecimal tenThousand = BigDecimal.valueOf(10_000);
        for (String yuan : new String[] {"0", "150000", "14.7", "1234567890123456", "12345678901234567.89", "1E+5"}) {
            BigDecimal value = new BigDecimal(yuan);
            assertEquals(0, value.divide(tenThousand).compareTo(Amounts.inMoneyUnit(value, tenThousand)), yuan);
            assertEquals(0, value.divide(BigDecimal.ONE).compareTo(Amounts.inMoneyUnit(value, BigDecimal.ONE)), yuan);
        }
    }
}
