package org.cityline.ivr.flowfile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.Program;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.online.ResetChannel;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.ivr.flow.Operation;

/** How each {@link Operation} is written in a flow file: a name and its parameters. */
final class Operations {

  private Operations() {}

  /** The operation's name and parameters, as written. */
  static String write(Operation operation) {
    return switch (operation) {
      case Operation.LookUpCaller o -> "LookUpCaller";
      case Operation.VerifyAccount o ->
          "VerifyAccount account=" + o.accountVariable() + " secret=" + o.secretVariable();
      case Operation.ReadBalance o -> "ReadBalance";
      case Operation.CheckPaymentAmount o -> "CheckPaymentAmount amount=" + o.variable();
      case Operation.EnterPaymentDetail o -> "EnterPaymentDetail field=" + o.field();
      case Operation.SubmitPayment o -> "SubmitPayment";
      case Operation.RecordCapturedPayment o -> "RecordCapturedPayment";
      case Operation.CheckArrangement o -> "CheckArrangement";
      case Operation.QuoteInstalments o -> "QuoteInstalments count=" + o.variable();
      case Operation.MakeArrangement o -> "MakeArrangement kind=" + o.kind();
      case Operation.SendPasswordReset o -> "SendPasswordReset channel=" + o.channel();
      case Operation.CheckProgram o -> "CheckProgram program=" + o.program();
      case Operation.EnrolProgram o -> "EnrolProgram program=" + o.program();
      case Operation.ReportOutage o -> "ReportOutage service=" + o.service();
      case Operation.EstimateWait o -> "EstimateWait";
      case Operation.FindCallbackNumber o -> "FindCallbackNumber";
      case Operation.RequestCallback o -> "RequestCallback number=" + o.numberVariable();
    };
  }

  /**
   * The operation a name and its parameters stand for.
   *
   * @throws IllegalArgumentException saying what is wrong (an unknown name, a missing parameter)
   */
  static Operation read(String name, Map<String, String> parameters) {
    Map<String, String> left = new LinkedHashMap<>(parameters);
    Operation operation =
        switch (name) {
          case "LookUpCaller" -> new Operation.LookUpCaller();
          case "VerifyAccount" ->
              new Operation.VerifyAccount(take(left, "account"), take(left, "secret"));
          case "ReadBalance" -> new Operation.ReadBalance();
          case "CheckPaymentAmount" -> new Operation.CheckPaymentAmount(take(left, "amount"));
          case "EnterPaymentDetail" ->
              new Operation.EnterPaymentDetail(constant(PaymentField.class, take(left, "field")));
          case "SubmitPayment" -> new Operation.SubmitPayment();
          case "RecordCapturedPayment" -> new Operation.RecordCapturedPayment();
          case "CheckArrangement" -> new Operation.CheckArrangement();
          case "QuoteInstalments" -> new Operation.QuoteInstalments(take(left, "count"));
          case "MakeArrangement" ->
              new Operation.MakeArrangement(constant(ArrangementKind.class, take(left, "kind")));
          case "SendPasswordReset" ->
              new Operation.SendPasswordReset(constant(ResetChannel.class, take(left, "channel")));
          case "CheckProgram" ->
              new Operation.CheckProgram(constant(Program.class, take(left, "program")));
          case "EnrolProgram" ->
              new Operation.EnrolProgram(constant(Program.class, take(left, "program")));
          case "ReportOutage" ->
              new Operation.ReportOutage(constant(UtilityService.class, take(left, "service")));
          case "EstimateWait" -> new Operation.EstimateWait();
          case "FindCallbackNumber" -> new Operation.FindCallbackNumber();
          case "RequestCallback" -> new Operation.RequestCallback(take(left, "number"));
          default ->
              throw new IllegalArgumentException(
                  "no operation '"
                      + name
                      + "'; the operations are LookUpCaller, VerifyAccount, ReadBalance,"
                      + " CheckPaymentAmount, EnterPaymentDetail, SubmitPayment, RecordCapturedPayment,"
                      + " CheckArrangement,"
                      + " QuoteInstalments, MakeArrangement, SendPasswordReset, CheckProgram,"
                      + " EnrolProgram, ReportOutage, EstimateWait, FindCallbackNumber,"
                      + " RequestCallback");
        };
    if (!left.isEmpty()) {
      throw new IllegalArgumentException(
          "operation " + name + " takes no parameter " + String.join(", ", left.keySet()));
    }
    return operation;
  }

  private static String take(Map<String, String> parameters, String key) {
    String value = parameters.remove(key);
    if (value == null) {
      throw new IllegalArgumentException("the operation needs " + key + "=...");
    }
    return value;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder known = new StringBuilder();
      for (E value : type.getEnumConstants()) {
        known.append(known.isEmpty() ? "" : ", ").append(value.name());
      }
      throw new IllegalArgumentException("'" + name + "' is not one of " + known, e);
    }
  }
}
