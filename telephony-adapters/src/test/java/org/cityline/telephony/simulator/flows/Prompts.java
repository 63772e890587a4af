package org.cityline.telephony.simulator.flows;

/** What callers hear, as the prompt bundles word it, for the flow tests' assertions. */
final class Prompts {

  private Prompts() {}

  static final String WELCOME =
      "Thank you for calling City Utilities. If you smell gas, leave the area now and press 8,"
          + " or call 911 from a safe place. Para español, oprima 1.";
  static final String ES_WELCOME =
      "Gracias por llamar a Servicios Públicos de la Ciudad. Si huele a gas, salga del lugar"
          + " ahora y oprima 8, o llame al 911 desde un lugar seguro. For English, press 2.";
  static final String HINT =
      "At any time, press star to repeat, 9 for the main menu, or 0 to speak with a"
          + " representative.";
  static final String ES_HINT =
      "En cualquier momento, oprima asterisco para repetir, 9 para el menú principal o 0 para"
          + " hablar con un representante.";
  static final String MAIN_MENU =
      "For your balance, press 1. To make a payment, press 2. For a payment arrangement or"
          + " extension, press 3. To report an outage or a gas smell, press 4. To start, stop or"
          + " move service, press 5. For billing questions, programs and your online account,"
          + " press 6.";
  static final String ES_MAIN_MENU =
      "Para su saldo, oprima 1. Para hacer un pago, oprima 2. Para un arreglo de pago o una"
          + " prórroga, oprima 3. Para reportar un apagón o un olor a gas, oprima 4. Para"
          + " iniciar, suspender o trasladar el servicio, oprima 5. Para preguntas sobre su"
          + " factura, programas y su cuenta en línea, oprima 6.";
  static final String ASK_ACCOUNT =
      "Please enter your 10-digit account number, then press pound. If you don't have it, press"
          + " 8.";
  static final String ASK_SECRET =
      "Now enter the 5-digit ZIP code of your service address, or the last 4 digits of the phone"
          + " number on file, then press pound.";
  static final String AFTER_BALANCE =
      "To make a payment, press 1. To hear this again, press star. For the main menu, press 9."
          + " If you are finished, press 2.";
  static final String ES_AFTER_BALANCE =
      "Para hacer un pago, oprima 1. Para escuchar esto de nuevo, oprima asterisco. Para el menú"
          + " principal, oprima 9. Si ha terminado, oprima 2.";
  static final String HOLD = "Please hold for the next available representative.";
  static final String ES_HOLD =
      "Por favor, espere en la línea al próximo representante disponible.";
  static final String CALLBACK_OFFER =
      "To be called back instead, without losing your place in line, press 1.";
  static final String ES_CALLBACK_OFFER =
      "Para que le devolvamos la llamada sin perder su lugar en la fila, oprima 1.";
  static final String AFTER_CHANGE =
      "To hear this again, press star. For the main menu, press 9. If you are finished, press 2.";
  static final String GOODBYE = "Thank you for calling City Utilities. Goodbye.";
  static final String ES_GOODBYE = "Gracias por llamar a Servicios Públicos de la Ciudad. Adiós.";
}
