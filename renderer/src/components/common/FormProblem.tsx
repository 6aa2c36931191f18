/** A refusal on a sign-in or set-up form, in words; role="alert" so it is announced. */
export function FormProblem({ title, detail }: { readonly title: string; readonly detail: string | null }) {
  return (
    <div className="form-problem" role="alert">
      <p>{title}</p>
      {detail !== null && <p className="form-problem__detail">{detail}</p>}
    </div>
  );
}
