import type { ComponentProps } from 'react';

type ButtonVariant = 'primary' | 'secondary' | 'quiet';

const variants: Record<ButtonVariant, string> = {
  primary:
    'bg-brand-600 text-white shadow-sm hover:bg-brand-700 active:bg-brand-800 disabled:bg-stone-400 disabled:text-white',
  secondary:
    'border border-stone-400 bg-white text-stone-800 hover:border-brand-600 hover:bg-brand-50 disabled:text-stone-500',
  quiet: 'text-brand-700 underline-offset-4 hover:bg-brand-50 hover:underline disabled:text-stone-500',
};

/** A button at least 44 px high (WCAG 2.5.8 asks 24 px; fingers like 44). */
export function Button({
  variant = 'primary',
  className = '',
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant }) {
  return (
    <button
      type={type}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 font-medium transition-colors disabled:cursor-not-allowed ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
